package fr.equipage.ui.records;

/**
 * When the detail form sits beside its table and when it becomes a drawer: on a wide screen both
 * are shown side by side; below {@link #NARROW} pixels (a 1024×700 laptop) the table has the whole
 * width and the form only opens, as a drawer over the table's right part, while a record is
 * selected, so neither is squeezed into "N…" headers and cut fields. JavaFX-free so that the rule is
 * tested directly.
 */
public record DrawerRule(boolean formShown, double tableShare) {
    /** Width of a screen (table and form) below which the form becomes a drawer. */
    public static final double NARROW = 1000;
    /** Width of the open drawer: enough for the form's fields (their minimum is 340). */
    public static final double DRAWER = 420;
    /** Share of the table when both fit side by side, as the screens are laid out. */
    public static final double WIDE_SHARE = 0.64;

    public static DrawerRule of(double width, boolean selected) {
        if (width <= 0 || width >= NARROW) {
            return new DrawerRule(true, WIDE_SHARE);
        }
        if (!selected) {
            return new DrawerRule(false, 1);
        }
        return new DrawerRule(true, 1);
    }
}
