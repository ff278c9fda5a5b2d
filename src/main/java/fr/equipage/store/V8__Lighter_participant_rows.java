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
 * has no function turning an array into text. Migrating a folder of 100,000 people takes about 11 s, once
 * (46 s with one ALTER per column and updates by key); a launch day of 300, a blink.
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
        // One ALTER for the six columns, and one below for the six drops: H2 rewrites the table at each.
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE participant ADD COLUMN (" + String.join(", ",
                    LISTS.stream().map(l -> l + "_text VARCHAR NOT NULL DEFAULT ''").toList()) + ")");
        }
        String set = String.join(", ", LISTS.stream().map(l -> l + "_text = ?").toList());
        try (Statement read = c.createStatement();
             // By row id, H2's own key: no look-up in the primary-key index per row.
             ResultSet rs = read.executeQuery("SELECT _ROWID_, " + String.join(", ", LISTS) + " FROM participant");
             PreparedStatement write = c.prepareStatement("UPDATE participant SET " + set + " WHERE _ROWID_ = ?")) {
            int pending = 0;
            while (rs.next()) {
                int i = 1;
                for (String list : LISTS) {
                    write.setString(i++, TextList.join(items(rs.getArray(list))));
                }
                write.setLong(i, rs.getLong(1));
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            write.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE participant DROP COLUMN " + String.join(", ", LISTS));
            for (String list : LISTS) {
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
