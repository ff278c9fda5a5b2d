package fr.equipage.store;

import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The proposals of a workshop with their proposers. */
public final class ProposalRepository {

    public List<Proposal> all(Connection c, long workshop) throws SQLException {
        Map<String, List<String>> proposers = new HashMap<>();
        for (String[] row : Sql.query(c, "SELECT proposal_ref, participant_ref FROM proposer WHERE workshop_id = ? "
                + "ORDER BY proposal_ref, position", rs -> new String[] {rs.getString(1), rs.getString(2)}, workshop)) {
            proposers.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return Sql.query(c, "SELECT * FROM proposal WHERE workshop_id = ? ORDER BY position, ref",
                rs -> map(rs, proposers.getOrDefault(rs.getString("ref"), List.of())), workshop);
    }

    public Optional<Proposal> find(Connection c, long workshop, String ref) throws SQLException {
        List<String> proposers = Sql.column(c, "SELECT participant_ref FROM proposer WHERE workshop_id = ? "
                + "AND proposal_ref = ? ORDER BY position", workshop, ref);
        return Sql.query(c, "SELECT * FROM proposal WHERE workshop_id = ? AND ref = ?", rs -> map(rs, proposers),
                workshop, ref).stream().findFirst();
    }

    /** Inserts or updates the proposal; its proposers are replaced. */
    public void save(Connection c, long workshop, Proposal p) throws SQLException {
        int updated = Sql.update(c, "UPDATE proposal SET title = ?, description = ?, ministry = ?, skills = ?, "
                        + "min_size = ?, max_size = ?, status = ?, status_date = ?, status_note = ? WHERE workshop_id = ? AND ref = ?",
                p.title(), p.description(), p.ministry(), p.skills(), p.minSize(), p.maxSize(), p.status().name(),
                date(p), p.statusNote(), workshop, p.id());
        if (updated == 0) {
            Sql.update(c, "INSERT INTO proposal (workshop_id, ref, title, description, ministry, skills, min_size, "
                            + "max_size, status, status_date, status_note, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            + "(SELECT COALESCE(MAX(position), 0) + 1 FROM proposal WHERE workshop_id = ?))",
                    workshop, p.id(), p.title(), p.description(), p.ministry(), p.skills(), p.minSize(), p.maxSize(),
                    p.status().name(), date(p), p.statusNote(), workshop);
        }
        saveProposers(c, workshop, p);
    }

    /**
     * Writes only the proposers. Proposers refer to participants, so when a whole workshop is written
     * they are saved after the participants, which themselves refer to proposals in their choices.
     */
    public void saveProposers(Connection c, long workshop, Proposal p) throws SQLException {
        Sql.update(c, "DELETE FROM proposer WHERE workshop_id = ? AND proposal_ref = ?", workshop, p.id());
        int position = 0;
        for (String participant : p.proposers()) {
            Sql.update(c, "INSERT INTO proposer (workshop_id, proposal_ref, participant_ref, position) VALUES (?, ?, ?, ?)",
                    workshop, p.id(), participant, position++);
        }
    }

    /** Saves the proposal's own fields, leaving proposers for {@link #saveProposers}. */
    public void saveWithoutProposers(Connection c, long workshop, Proposal p) throws SQLException {
        save(c, workshop, new Proposal(p.id(), p.title(), p.description(), p.ministry(), p.skills(), p.minSize(),
                p.maxSize(), List.of(), p.status(), p.statusDate(), p.statusNote()));
    }

    /** Writes the season follow-up alone (status, day, note); false when the proposal is gone. */
    public boolean saveFollowUp(Connection c, long workshop, Proposal p) throws SQLException {
        return Sql.update(c, "UPDATE proposal SET status = ?, status_date = ?, status_note = ? WHERE workshop_id = ? "
                + "AND ref = ?", p.status().name(), date(p), p.statusNote(), workshop, p.id()) > 0;
    }

    /** Deletes the proposal; choices of it disappear from people's lists, pins to it are lifted. */
    public void delete(Connection c, long workshop, String ref) throws SQLException {
        new ParticipantRepository().forgetChoice(c, workshop, ref);
        Sql.update(c, "DELETE FROM proposal WHERE workshop_id = ? AND ref = ?", workshop, ref);
    }

    public String nextRef(Connection c, long workshop) throws SQLException {
        return Refs.next(Sql.column(c, "SELECT ref FROM proposal WHERE workshop_id = ?", workshop), "P");
    }

    private static Proposal map(ResultSet rs, List<String> proposers) throws SQLException {
        Date d = rs.getDate("status_date");
        return new Proposal(rs.getString("ref"), rs.getString("title"), rs.getString("description"),
                rs.getString("ministry"), Sql.strings(rs, "skills"), rs.getInt("min_size"), rs.getInt("max_size"),
                proposers, ProposalStatus.parse(rs.getString("status")).orElse(ProposalStatus.PROPOSED),
                d == null ? null : d.toLocalDate(), rs.getString("status_note"));
    }

    private static Date date(Proposal p) {
        return p.statusDate() == null ? null : Date.valueOf(p.statusDate());
    }
}
