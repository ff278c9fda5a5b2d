package fr.equipage.model;

/**
 * Something wrong in input data, located so that the organiser can find it:
 * {@code element} is the offending id (or a path such as "settings"), {@code field} the field.
 */
public record Problem(String element, String field, String message) {
    @Override
    public String toString() {
        String where = element == null ? "" : element + (field == null ? "" : "." + field);
        return where.isEmpty() ? message : where + " : " + message;
    }
}
