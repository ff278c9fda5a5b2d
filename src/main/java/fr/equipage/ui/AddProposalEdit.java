package fr.equipage.ui;

import fr.equipage.model.Proposal;
import fr.equipage.store.Store;
import java.util.List;

/** Adds a proposal pitched on the spot, by its title; the reference is taken when first done. */
final class AddProposalEdit implements UndoableEdit {
    private final Store store;
    private final long workshop;
    private final String title;
    private final String label;
    private volatile String ref;

    AddProposalEdit(AppContext ctx, String title) {
        this.store = ctx.store();
        this.workshop = ctx.workshopId();
        this.title = title;
        this.label = ctx.i18n().format("edit.proposal.add", title);
    }

    String ref() {
        return ref;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void redo() {
        store.run(c -> {
            if (ref == null) {
                ref = store.proposals.nextRef(c, workshop);
            }
            store.proposals.save(c, workshop, new Proposal(ref, title, null, List.of(), Proposal.DEFAULT_MIN_SIZE,
                    Proposal.DEFAULT_MAX_SIZE, List.of()));
        });
    }

    @Override
    public void undo() {
        store.run(c -> store.proposals.delete(c, workshop, ref));
    }
}
