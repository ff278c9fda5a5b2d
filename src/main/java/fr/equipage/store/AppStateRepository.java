package fr.equipage.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Small application-wide values kept with the data (window geometry, language…). */
public final class AppStateRepository {

    public Optional<String> get(Connection c, String key) throws SQLException {
        List<String> v = Sql.column(c, "SELECT state_value FROM app_state WHERE state_key = ?", key);
        return v.isEmpty() ? Optional.empty() : Optional.ofNullable(v.get(0));
    }

    public void put(Connection c, String key, String value) throws SQLException {
        Sql.update(c, "MERGE INTO app_state (state_key, state_value) KEY (state_key) VALUES (?, ?)", key, value);
    }
}
