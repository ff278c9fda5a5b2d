package fr.equipage.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the participant table's foreign keys to {@code workshop} and {@code ministry}; the repositories
 * check them instead (as V3 did for choices). Each foreign key kept an index of its own and was checked
 * on every row: a 100,000-person import wrote four trees and four undo entries per person, and the
 * commit rewrote them all. Without these two, the write and its commit take about half the time
 * (issue 11). What they enforced is now enforced by {@link ParticipantRepository} (the workshop and
 * every ministry code exist when a person is written), {@link WorkshopRepository#delete} (a workshop's
 * people go with it) and {@link MinistryRepository} (a used ministry is never deleted, a merge moves
 * its people first; codes are never renamed).
 *
 * <p>Java, not SQL: H2 named these constraints itself, so they are found by what they refer to.
 */
public final class V8__Participant_keys_in_code extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
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
}
