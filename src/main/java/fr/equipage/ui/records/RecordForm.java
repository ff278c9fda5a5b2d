package fr.equipage.ui.records;

import fr.equipage.service.WorkshopData;

/** The form beside a table screen's table: it shows the selected record and saves what is typed in it. */
public interface RecordForm<T> {
    /** The record to show (null: none selected) with the data it was read with. */
    void show(T record, WorkshopData data);

    /** Saves whatever is typed but not yet saved, e.g. before another record is shown. */
    void commitPending();

    /** Puts the caret where the organiser goes on right after a quick add. */
    void focusAfterQuickAdd();
}
