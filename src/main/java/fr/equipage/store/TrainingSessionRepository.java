package fr.equipage.store;

import fr.equipage.model.TrainingSession;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The training sessions of a workshop in season order: by day (sessions without a day last), then in
 * the order they were added. That order decides who already got a training when invite lists are made.
 */
public final class TrainingSessionRepository {

    public List<TrainingSession> all(Connection c, long workshop) throws SQLException {
        return Sql.query(c, "SELECT * FROM training_session WHERE workshop_id = ? "
                + "ORDER BY held_on NULLS LAST, position, id", TrainingSessionRepository::map, workshop);
    }

    public Optional<TrainingSession> find(Connection c, long workshop, int id) throws SQLException {
        return Sql.query(c, "SELECT * FROM training_session WHERE workshop_id = ? AND id = ?",
                TrainingSessionRepository::map, workshop, id).stream().findFirst();
    }

    /** The next free id (1 for the first session). */
    public int nextId(Connection c, long workshop) throws SQLException {
        return Integer.parseInt(Sql.column(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM training_session WHERE workshop_id = ?",
                workshop).get(0));
    }

    /**
     * Inserts or updates the session under its id (which must not be 0). A new session takes its id as
     * position, so that a session deleted and put back by undo comes back at its place.
     */
    public void save(Connection c, long workshop, TrainingSession s) throws SQLException {
        if (s.id() <= 0) {
            throw new IllegalArgumentException("session sans numéro");
        }
        Date day = s.date() == null ? null : Date.valueOf(s.date());
        int updated = Sql.update(c, "UPDATE training_session SET theme = ?, held_on = ?, speaker = ?, capacity = ?, "
                        + "place = ?, online = ? WHERE workshop_id = ? AND id = ?", s.theme(), day, s.speaker(),
                s.capacity(), s.place(), s.online(), workshop, s.id());
        if (updated == 0) {
            Sql.update(c, "INSERT INTO training_session (workshop_id, id, theme, held_on, speaker, capacity, place, online, "
                            + "position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    workshop, s.id(), s.theme(), day, s.speaker(), s.capacity(), s.place(), s.online(), s.id());
        }
    }

    public void delete(Connection c, long workshop, int id) throws SQLException {
        Sql.update(c, "DELETE FROM training_session WHERE workshop_id = ? AND id = ?", workshop, id);
    }

    /** Gives every session on {@code from} the theme {@code to} (a rename or a merge of the catalogue). */
    public void retheme(Connection c, long workshop, String from, String to) throws SQLException {
        Sql.update(c, "UPDATE training_session SET theme = ? WHERE workshop_id = ? AND theme = ?", to, workshop, from);
    }

    private static TrainingSession map(ResultSet rs) throws SQLException {
        Date day = rs.getDate("held_on");
        return new TrainingSession(rs.getInt("id"), rs.getString("theme"), day == null ? null : day.toLocalDate(),
                rs.getString("speaker"), rs.getInt("capacity"), rs.getString("place"), rs.getBoolean("online"));
    }
}
