package fr.equipage.store;

import fr.equipage.format.InstanceJson;
import fr.equipage.format.InvalidInputException;
import fr.equipage.model.Settings;
import fr.equipage.model.Workshop;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Workshops, their settings, and which one is current. */
public final class WorkshopRepository {
    private static final String CURRENT = "current.workshop";
    private static final String COLUMNS = "id, name, held_on, place, contact";
    /** Which workshop is current is an application-wide value, kept with the others. */
    private final AppStateRepository appState = new AppStateRepository();

    public List<Workshop> all(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM workshop ORDER BY created_at, id", WorkshopRepository::map);
    }

    public Optional<Workshop> find(Connection c, long id) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM workshop WHERE id = ?", WorkshopRepository::map, id)
                .stream().findFirst();
    }

    public Optional<Workshop> findByName(Connection c, String name) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM workshop WHERE LOWER(name) = LOWER(?)", WorkshopRepository::map,
                name.strip()).stream().findFirst();
    }

    public Workshop create(Connection c, String name, LocalDate date, String place) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO workshop (name, held_on, place, settings) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, name.strip());
            st.setDate(2, date == null ? null : Date.valueOf(date));
            st.setString(3, place == null ? "" : place);
            st.setString(4, InstanceJson.settingsToString(Settings.DEFAULT));
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return new Workshop(keys.getLong(1), name.strip(), date, place);
            }
        }
    }

    public void update(Connection c, Workshop w) throws SQLException {
        Sql.update(c, "UPDATE workshop SET name = ?, held_on = ?, place = ? WHERE id = ?", w.name().strip(),
                w.date() == null ? null : Date.valueOf(w.date()), w.place(), w.id());
    }

    /** The contact mailbox alone: {@link #update} leaves it, so that a rename never erases it. */
    public void saveContact(Connection c, long id, String contact) throws SQLException {
        Sql.update(c, "UPDATE workshop SET contact = ? WHERE id = ?", contact == null ? "" : contact.strip(), id);
    }

    /** The workshop and everything in it; its people first: their table has no foreign key to cascade (V8). */
    public void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM participant WHERE workshop_id = ?", id);
        Sql.update(c, "DELETE FROM workshop WHERE id = ?", id);
    }

    public Settings settings(Connection c, long id) throws SQLException {
        List<String> json = Sql.column(c, "SELECT settings FROM workshop WHERE id = ?", id);
        if (json.isEmpty() || json.get(0) == null) {
            return Settings.DEFAULT;
        }
        try {
            return InstanceJson.settingsFromString(json.get(0));
        } catch (InvalidInputException e) {
            throw new StoreException("Réglages de l'atelier " + id + " illisibles : " + e.getMessage(), e);
        }
    }

    public void saveSettings(Connection c, long id, Settings s) throws SQLException {
        Sql.update(c, "UPDATE workshop SET settings = ? WHERE id = ?", InstanceJson.settingsToString(s), id);
    }

    public Optional<Long> currentId(Connection c) throws SQLException {
        return appState.get(c, CURRENT).map(Long::parseLong);
    }

    /** The current workshop, falling back to the first one when the remembered one was deleted. */
    public Optional<Workshop> current(Connection c) throws SQLException {
        Optional<Long> id = currentId(c);
        if (id.isPresent()) {
            Optional<Workshop> w = find(c, id.get());
            if (w.isPresent()) {
                return w;
            }
        }
        return all(c).stream().findFirst();
    }

    public void setCurrent(Connection c, long id) throws SQLException {
        appState.put(c, CURRENT, Long.toString(id));
    }

    private static Workshop map(ResultSet rs) throws SQLException {
        Date d = rs.getDate("held_on");
        return new Workshop(rs.getLong("id"), rs.getString("name"), d == null ? null : d.toLocalDate(),
                rs.getString("place"), rs.getString("contact"));
    }
}
