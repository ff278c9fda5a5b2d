package fr.equipage.store;

import fr.equipage.model.Participant;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The participants of a workshop with their ranked choices. */
public final class ParticipantRepository {

    public List<Participant> all(Connection c, long workshop) throws SQLException {
        return Sql.query(c, "SELECT * FROM participant WHERE workshop_id = ? ORDER BY position, ref",
                ParticipantRepository::map, workshop);
    }

    public Optional<Participant> find(Connection c, long workshop, String ref) throws SQLException {
        return Sql.query(c, "SELECT * FROM participant WHERE workshop_id = ? AND ref = ?", ParticipantRepository::map,
                workshop, ref).stream().findFirst();
    }

    /** Inserts or updates the participant, its ranked choices included. */
    public void save(Connection c, long workshop, Participant p) throws SQLException {
        checkReferences(c, workshop, List.of(p));
        String[] lists = lists(p);
        int updated = Sql.update(c, "UPDATE participant SET first_name = ?, last_name = ?, email = ?, ministry = ?, "
                        + "skills = ?, interests = ?, choices = ?, trainings = ?, offers = ?, seeks = ? WHERE workshop_id = ? AND ref = ?",
                p.firstName(), p.lastName(), p.email(), p.ministry(), lists[0], lists[1], lists[2], lists[3], lists[4],
                lists[5], workshop, p.id());
        if (updated == 0) {
            Sql.update(c, "INSERT INTO participant (workshop_id, ref, first_name, last_name, email, ministry, skills, "
                            + "interests, choices, trainings, offers, seeks, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "(SELECT COALESCE(MAX(position), 0) + 1 FROM participant WHERE workshop_id = ?))",
                    workshop, p.id(), p.firstName(), p.lastName(), p.email(), p.ministry(), lists[0], lists[1], lists[2],
                    lists[3], lists[4], lists[5], workshop);
        }
    }

    /** The six list columns as stored, in table order: skills, interests, choices, trainings, offers, seeks. */
    private static String[] lists(Participant p) {
        return new String[] {TextList.join(p.skills()), TextList.join(p.interests()), TextList.join(p.choices()),
                TextList.join(p.trainings()), TextList.join(p.offers()), TextList.join(p.seeks())};
    }

    /**
     * What foreign keys would check, once per call (a workshop has tens of proposals, the list about a hundred
     * ministries) so that a bad reference fails the transaction: the workshop exists, every ministry code is
     * in the list, every choice names a proposal of the workshop. The table has no such keys: V3 and V8
     * removed them because they cost most of a big import's writing.
     */
    private static void checkReferences(Connection c, long workshop, List<Participant> people) throws SQLException {
        if (Sql.column(c, "SELECT id FROM workshop WHERE id = ?", workshop).isEmpty()) {
            throw new SQLException("L'atelier n° " + workshop + " n'existe pas (supprimé entre-temps ?).", "23506");
        }
        if (people.stream().anyMatch(p -> p.ministry() != null)) {
            java.util.Set<String> codes = new java.util.HashSet<>(Sql.column(c, "SELECT code FROM ministry"));
            for (Participant p : people) {
                if (p.ministry() != null && !codes.contains(p.ministry())) {
                    throw new SQLException("Le ministère « " + p.ministry() + " » de " + p.id() + " n'est pas dans la liste "
                            + "des ministères.", "23506");
                }
            }
        }
        if (people.stream().allMatch(p -> p.choices().isEmpty())) {
            return;
        }
        java.util.Set<String> proposals = new java.util.HashSet<>(Sql.column(c,
                "SELECT ref FROM proposal WHERE workshop_id = ?", workshop));
        for (Participant p : people) {
            for (String ref : p.choices()) {
                if (!proposals.contains(ref)) {
                    throw new SQLException("Le choix « " + ref + " » de " + p.id() + " ne désigne aucune proposition de "
                            + "l'atelier.", "23506");
                }
            }
        }
    }

    /** Removes a proposal from everyone's choices (the proposal is being deleted); later ranks move up. */
    void forgetChoice(Connection c, long workshop, String proposal) throws SQLException {
        // The text search narrows to rows that may hold it ("P1" is also in "P10"); the list decides.
        for (Participant p : Sql.query(c, "SELECT * FROM participant WHERE workshop_id = ? AND LOCATE(?, choices) > 0",
                ParticipantRepository::map, workshop, proposal)) {
            List<String> kept = new ArrayList<>(p.choices());
            if (kept.removeIf(proposal::equals)) {
                Sql.update(c, "UPDATE participant SET choices = ? WHERE workshop_id = ? AND ref = ?", TextList.join(kept),
                        workshop, p.id());
            }
        }
    }

    /**
     * Inserts new participants (refs not used yet), choices included, after the last position, with
     * multi-row INSERT statements in the caller's transaction. For spreadsheet imports of many rows:
     * {@link #save} looks up the last position for each row (quadratic on 100,000 people), and H2 runs
     * a JDBC batch row by row (measured three to four times slower than multi-row statements).
     */
    public void insertAll(Connection c, long workshop, List<Participant> people) throws SQLException {
        if (people.isEmpty()) {
            return;
        }
        checkReferences(c, workshop, people);
        List<String> last = Sql.column(c, "SELECT COALESCE(MAX(position), 0) FROM participant WHERE workshop_id = ?",
                workshop);
        int base = Integer.parseInt(last.get(0));
        // Rows go in by key (ref), not in file order: refs such as "u100" sort between "u10" and "u11", so file
        // order would scatter the inserts over the primary-key tree (and the workshop index, which ends with the
        // key) and H2 would rewrite many pages; in key order every page is filled once. Positions keep file order.
        List<Integer> byRef = new ArrayList<>(people.size());
        for (int k = 0; k < people.size(); k++) {
            byRef.add(k);
        }
        byRef.sort(Comparator.comparing(k -> people.get(k).id()));
        String tuple = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String insert = "INSERT INTO participant (workshop_id, ref, first_name, last_name, email, ministry, skills, "
                + "interests, choices, trainings, offers, seeks, position) VALUES ";
        int perStatement = 200;
        PreparedStatement full = null;
        try {
            for (int from = 0; from < people.size(); from += perStatement) {
                int n = Math.min(perStatement, people.size() - from);
                PreparedStatement st = n == perStatement && full != null ? full
                        : c.prepareStatement(insert + String.join(", ", java.util.Collections.nCopies(n, tuple)));
                if (n == perStatement) {
                    full = st;
                }
                int i = 1;
                for (int k : byRef.subList(from, from + n)) {
                    Participant p = people.get(k);
                    st.setLong(i++, workshop);
                    st.setString(i++, p.id());
                    st.setString(i++, p.firstName());
                    st.setString(i++, p.lastName());
                    st.setString(i++, p.email());
                    st.setString(i++, p.ministry());
                    for (String list : lists(p)) {
                        st.setString(i++, list);
                    }
                    st.setInt(i++, base + k + 1);
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

    private static Participant map(ResultSet rs) throws SQLException {
        return new Participant(rs.getString("ref"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("email"), rs.getString("ministry"), TextList.split(rs.getString("skills")),
                TextList.split(rs.getString("interests")), TextList.split(rs.getString("choices")),
                TextList.split(rs.getString("trainings")), TextList.split(rs.getString("offers")),
                TextList.split(rs.getString("seeks")));
    }
}
