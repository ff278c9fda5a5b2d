package fr.equipage.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes a participant row cheap to write (issue 11: a 100,000-person import spent most of its writing in H2):
 * <ul>
 * <li>drops the table's foreign keys to {@code workshop} and {@code ministry}. Each kept an index of its own
 * and looked up its parent on every row, so an import wrote four trees and four undo entries per person and
 * the commit rewrote them all. What they enforced is checked by {@link ParticipantRepository} (the workshop
 * and every ministry code exist when a person is written), {@link WorkshopRepository#delete} (a workshop's
 * people go with it) and {@link MinistryRepository} (a used ministry is never deleted, a merge moves its
 * people first; codes are never renamed), as V3 did for choices;</li>
 * <li>stores the six lists (skills, interests, choices, trainings, offers, seeks) as text ({@link TextList})
 * instead of SQL arrays: an array is one object per item to convert, check and serialise, and writing them
 * was about a third of a cold import's writing.</li>
 * </ul>
 * Measured on a scratch H2 with the same table and statements, 100,000 rows, fresh JVM: insert and commit
 * 5.7 s with the keys and arrays, 3.5 s without the keys, 2.3–2.8 s with text lists too.
 *
 * <p>Java, not SQL: H2 named the constraints itself (they are found by the tables they refer to), and H2
 * has no function turning an array into text.
 */
public final class V8__Lighter_participant_rows extends BaseJavaMigration {
    static final List<String> LISTS = List.of("skills", "interests", "choices", "trainings", "offers", "seeks");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        dropKeys(c);
        listsAsText(c);
    }

    private static void dropKeys(Connection c) throws SQLException {
        List<String> names = Sql.column(c, "SELECT fk.CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk "
                + "JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = fk.CONSTRAINT_SCHEMA "
                + "AND rc.CONSTRAINT_NAME = fk.CONSTRAINT_NAME "
                + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk ON pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA "
                + "AND pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME "
                + "WHERE fk.TABLE_SCHEMA = SCHEMA() AND fk.TABLE_NAME = 'PARTICIPANT' AND fk.CONSTRAINT_TYPE = 'FOREIGN KEY' "
                + "AND pk.TABLE_NAME IN ('WORKSHOP', 'MINISTRY')");
        if (names.size() != 2) {
            throw new SQLException("Migration 8 : deux clés étrangères attendues sur participant, trouvé " + names);
        }
        try (Statement st = c.createStatement()) {
            for (String name : names) {
                st.execute("ALTER TABLE participant DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }

    /** New text columns filled from the arrays, row by row, then put in the arrays' place under their names. */
    private static void listsAsText(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String list : LISTS) {
                st.execute("ALTER TABLE participant ADD COLUMN " + list + "_text VARCHAR NOT NULL DEFAULT ''");
            }
        }
        String set = String.join(", ", LISTS.stream().map(l -> l + "_text = ?").toList());
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT workshop_id, ref, " + String.join(", ", LISTS) + " FROM participant");
             PreparedStatement write = c.prepareStatement("UPDATE participant SET " + set
                     + " WHERE workshop_id = ? AND ref = ?")) {
            int pending = 0;
            while (rs.next()) {
                int i = 1;
                for (String list : LISTS) {
                    write.setString(i++, TextList.join(items(rs.getArray(list))));
                }
                write.setLong(i++, rs.getLong("workshop_id"));
                write.setString(i, rs.getString("ref"));
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            write.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            for (String list : LISTS) {
                st.execute("ALTER TABLE participant DROP COLUMN " + list);
                st.execute("ALTER TABLE participant ALTER COLUMN " + list + "_text RENAME TO " + list);
            }
        }
    }

    private static List<String> items(Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add((String) o);
            }
        }
        return out;
    }
}
