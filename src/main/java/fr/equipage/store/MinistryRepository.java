package fr.equipage.store;

import fr.equipage.model.Ministry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Ministries and administrations, shared by all workshops. */
public final class MinistryRepository {

    public List<Ministry> all(Connection c) throws SQLException {
        return Sql.query(c, "SELECT code, name, parent FROM ministry ORDER BY code",
                rs -> new Ministry(rs.getString("code"), rs.getString("name"), rs.getString("parent")));
    }

    /**
     * Inserts or updates ministries given in any order (a parent may come after its child):
     * rows are written without parents first, then parents are set.
     */
    public void saveAll(Connection c, List<Ministry> ministries) throws SQLException {
        for (Ministry m : ministries) {
            Sql.update(c, "MERGE INTO ministry (code, name) KEY (code) VALUES (?, ?)", m.code(), m.name());
        }
        for (Ministry m : ministries) {
            Sql.update(c, "UPDATE ministry SET parent = ? WHERE code = ?", m.parent(), m.code());
        }
    }

    public void save(Connection c, Ministry m) throws SQLException {
        saveAll(c, List.of(m));
    }

    /** Moves every participant, proposal and child of {@code from} to {@code into}, then deletes {@code from}. */
    public void merge(Connection c, String from, String into) throws SQLException {
        // People's ministry has no foreign key (V8): never move them to a code that is not in the list.
        if (Sql.column(c, "SELECT code FROM ministry WHERE code = ?", into).isEmpty()) {
            throw new SQLException("Le ministère « " + into + " » n'est pas dans la liste des ministères.", "23506");
        }
        Sql.update(c, "UPDATE participant SET ministry = ? WHERE ministry = ?", into, from);
        Sql.update(c, "UPDATE proposal SET ministry = ? WHERE ministry = ?", into, from);
        Sql.update(c, "UPDATE ministry SET parent = ? WHERE parent = ?", into, from);
        Sql.update(c, "DELETE FROM ministry WHERE code = ?", from);
    }

    /** Deletes a ministry nobody refers to; returns false when it is still used. */
    public boolean deleteIfUnused(Connection c, String code) throws SQLException {
        boolean used = !Sql.column(c, "SELECT 1 FROM participant WHERE ministry = ? UNION ALL SELECT 1 FROM proposal "
                + "WHERE ministry = ? UNION ALL SELECT 1 FROM ministry WHERE parent = ?", code, code, code).isEmpty();
        if (used) {
            return false;
        }
        Sql.update(c, "DELETE FROM ministry WHERE code = ?", code);
        return true;
    }
}
