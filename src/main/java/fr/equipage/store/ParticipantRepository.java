package fr.equipage.store;

import fr.equipage.model.Participant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The participants of a workshop with their ranked choices. */
public final class ParticipantRepository {

    public List<Participant> all(Connection c, long workshop) throws SQLException {
        Map<String, List<String>> choices = new HashMap<>();
        for (String[] row : Sql.query(c, "SELECT participant_ref, proposal_ref FROM choice WHERE workshop_id = ? "
                + "ORDER BY participant_ref, rank_no", rs -> new String[] {rs.getString(1), rs.getString(2)}, workshop)) {
            choices.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return Sql.query(c, "SELECT * FROM participant WHERE workshop_id = ? ORDER BY position, ref",
                rs -> map(rs, choices.getOrDefault(rs.getString("ref"), List.of())), workshop);
    }

    public Optional<Participant> find(Connection c, long workshop, String ref) throws SQLException {
        List<String> choices = Sql.column(c, "SELECT proposal_ref FROM choice WHERE workshop_id = ? AND participant_ref = ? "
                + "ORDER BY rank_no", workshop, ref);
        return Sql.query(c, "SELECT * FROM participant WHERE workshop_id = ? AND ref = ?", rs -> map(rs, choices),
                workshop, ref).stream().findFirst();
    }

    /** Inserts or updates the participant and replaces its choices. */
    public void save(Connection c, long workshop, Participant p) throws SQLException {
        int updated = Sql.update(c, "UPDATE participant SET first_name = ?, last_name = ?, email = ?, ministry = ?, "
                        + "skills = ?, interests = ? WHERE workshop_id = ? AND ref = ?", p.firstName(), p.lastName(),
                p.email(), p.ministry(), p.skills(), p.interests(), workshop, p.id());
        if (updated == 0) {
            Sql.update(c, "INSERT INTO participant (workshop_id, ref, first_name, last_name, email, ministry, skills, "
                            + "interests, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                            + "(SELECT COALESCE(MAX(position), 0) + 1 FROM participant WHERE workshop_id = ?))",
                    workshop, p.id(), p.firstName(), p.lastName(), p.email(), p.ministry(), p.skills(), p.interests(),
                    workshop);
        }
        Sql.update(c, "DELETE FROM choice WHERE workshop_id = ? AND participant_ref = ?", workshop, p.id());
        int rank = 0;
        for (String proposal : p.choices()) {
            Sql.update(c, "INSERT INTO choice (workshop_id, participant_ref, rank_no, proposal_ref) VALUES (?, ?, ?, ?)",
                    workshop, p.id(), rank++, proposal);
        }
    }

    /**
     * Inserts new participants (refs not used yet) and their choices after the last position, with
     * multi-row INSERT statements. For spreadsheet imports of many rows: {@link #save} looks up the
     * last position for each row (quadratic on 100,000 people), and H2 runs a JDBC batch row by row
     * (three to four times slower than multi-row statements for 100,000 people and 500,000 choices).
     */
    public void insertAll(Connection c, long workshop, List<Participant> people) throws SQLException {
        if (people.isEmpty()) {
            return;
        }
        List<String> last = Sql.column(c, "SELECT COALESCE(MAX(position), 0) FROM participant WHERE workshop_id = ?",
                workshop);
        int position = Integer.parseInt(last.get(0));
        List<Object[]> personRows = new ArrayList<>(people.size());
        List<Object[]> choiceRows = new ArrayList<>();
        for (Participant p : people) {
            personRows.add(new Object[] {workshop, p.id(), p.firstName(), p.lastName(), p.email(), p.ministry(),
                    c.createArrayOf("VARCHAR", p.skills().toArray()), c.createArrayOf("VARCHAR", p.interests().toArray()),
                    ++position});
            int rank = 0;
            for (String proposal : p.choices()) {
                choiceRows.add(new Object[] {workshop, p.id(), rank++, proposal});
            }
        }
        insertRows(c, "INSERT INTO participant (workshop_id, ref, first_name, last_name, email, ministry, skills, "
                + "interests, position) VALUES ", 9, personRows, 200);
        insertRows(c, "INSERT INTO choice (workshop_id, participant_ref, rank_no, proposal_ref) VALUES ", 4, choiceRows,
                500);
    }

    /** Inserts rows {@code perStatement} at a time: "INSERT … VALUES (?, …), (?, …), …". */
    private static void insertRows(Connection c, String insert, int columns, List<Object[]> rows, int perStatement)
            throws SQLException {
        String tuple = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        PreparedStatement full = null;
        try {
            for (int from = 0; from < rows.size(); from += perStatement) {
                int n = Math.min(perStatement, rows.size() - from);
                PreparedStatement st;
                if (n == perStatement) {
                    if (full == null) {
                        full = c.prepareStatement(insert + String.join(", ", java.util.Collections.nCopies(n, tuple)));
                    }
                    st = full;
                } else {
                    st = c.prepareStatement(insert + String.join(", ", java.util.Collections.nCopies(n, tuple)));
                }
                int i = 1;
                for (Object[] row : rows.subList(from, from + n)) {
                    for (Object v : row) {
                        st.setObject(i++, v);
                    }
                }
                st.executeUpdate();
                if (st != full) {
                    st.close();
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    /** Erases the person and everything that refers to them (choices, pins, pairs, proposer roles). */
    public void delete(Connection c, long workshop, String ref) throws SQLException {
        Sql.update(c, "DELETE FROM participant WHERE workshop_id = ? AND ref = ?", workshop, ref);
    }

    /** A new ref such as "u56", never used in this workshop. */
    public String nextRef(Connection c, long workshop) throws SQLException {
        return Refs.next(Sql.column(c, "SELECT ref FROM participant WHERE workshop_id = ?", workshop), "u");
    }

    private static Participant map(ResultSet rs, List<String> choices) throws SQLException {
        return new Participant(rs.getString("ref"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("email"), rs.getString("ministry"), Sql.strings(rs, "skills"),
                Sql.strings(rs, "interests"), choices);
    }
}
