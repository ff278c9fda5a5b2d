package fr.equipage.store;

import fr.equipage.model.Lock;
import fr.equipage.model.Pair;
import fr.equipage.model.PairKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The organiser's manual decisions: pins (locks) and apart / together pairs. */
public final class ConstraintRepository {
    public List<Lock> locks(Connection c, long workshop) throws SQLException {
        return Sql.query(c, "SELECT participant_ref, proposal_ref FROM pin WHERE workshop_id = ? ORDER BY participant_ref",
                rs -> new Lock(rs.getString(1), rs.getString(2)), workshop);
    }

    /** Pins the participant to the proposal, replacing any previous pin of that participant. */
    public void lock(Connection c, long workshop, Lock lock) throws SQLException {
        Sql.update(c, "MERGE INTO pin (workshop_id, participant_ref, proposal_ref) KEY (workshop_id, participant_ref) "
                + "VALUES (?, ?, ?)", workshop, lock.participant(), lock.proposal());
    }

    public void unlock(Connection c, long workshop, String participant) throws SQLException {
        Sql.update(c, "DELETE FROM pin WHERE workshop_id = ? AND participant_ref = ?", workshop, participant);
    }

    public List<Pair> pairs(Connection c, long workshop, PairKind kind) throws SQLException {
        return Sql.query(c, "SELECT first_ref, second_ref FROM pair_wish WHERE workshop_id = ? AND kind = ? "
                + "ORDER BY first_ref, second_ref", rs -> new Pair(rs.getString(1), rs.getString(2)), workshop, kind.name());
    }

    public void addPair(Connection c, long workshop, PairKind kind, Pair pair) throws SQLException {
        Pair p = pair.normalised();
        Sql.update(c, "MERGE INTO pair_wish (workshop_id, kind, first_ref, second_ref) "
                + "KEY (workshop_id, kind, first_ref, second_ref) VALUES (?, ?, ?, ?)", workshop, kind.name(), p.first(), p.second());
    }

    public void removePair(Connection c, long workshop, PairKind kind, Pair pair) throws SQLException {
        Pair p = pair.normalised();
        Sql.update(c, "DELETE FROM pair_wish WHERE workshop_id = ? AND kind = ? AND first_ref = ? AND second_ref = ?",
                workshop, kind.name(), p.first(), p.second());
    }
}
