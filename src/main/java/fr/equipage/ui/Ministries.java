package fr.equipage.ui;

import fr.equipage.model.Ministry;
import java.util.Map;

/** How a ministry is shown: its code, with its parent ministry for an administration. */
final class Ministries {
    private Ministries() {
    }

    static String label(String code, Map<String, Ministry> ministries) {
        if (code == null) {
            return "";
        }
        Ministry m = ministries.get(code);
        return m == null || m.parent() == null ? code : code + " (" + m.parent() + ")";
    }
}
