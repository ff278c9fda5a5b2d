package fr.equipage.ui.controls;

import fr.equipage.model.Ministry;
import java.util.Map;

/** How a ministry is shown: code, name, and the parent ministry of an administration. */
public final class Ministries {
    private Ministries() {
    }

    /** "DINUM — Direction interministérielle du numérique (SPM)": code, name and parent ministry. */
    public static String describe(Ministry m) {
        if (m == null) {
            return "";
        }
        String base = m.name().equals(m.code()) ? m.code() : m.code() + " — " + m.name();
        return m.parent() == null ? base : base + " (" + m.parent() + ")";
    }

    public static String describe(String code, Map<String, Ministry> ministries) {
        if (code == null) {
            return "";
        }
        Ministry m = ministries.get(code);
        return m == null ? code : describe(m);
    }
}
