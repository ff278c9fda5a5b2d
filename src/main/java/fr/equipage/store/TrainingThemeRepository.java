package fr.equipage.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** A workshop's catalogue of training themes, in order; empty until a workshop stores its own. */
public final class TrainingThemeRepository {

    public List<String> all(Connection c, long workshop) throws SQLException {
        return Sql.column(c, "SELECT name FROM training_theme WHERE workshop_id = ? ORDER BY position, name", workshop);
    }

    /** Replaces the catalogue. */
    public void saveAll(Connection c, long workshop, List<String> themes) throws SQLException {
        Sql.update(c, "DELETE FROM training_theme WHERE workshop_id = ?", workshop);
        int position = 0;
        for (String t : themes) {
            Sql.update(c, "INSERT INTO training_theme (workshop_id, name, position) VALUES (?, ?, ?)", workshop, t,
                    position++);
        }
    }
}
