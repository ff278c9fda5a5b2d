package fr.equipage.store;

import fr.equipage.model.SpeakerIdea;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The speaker ideas of a workshop, in the order they were stored. */
public final class SpeakerIdeaRepository {

    public List<SpeakerIdea> all(Connection c, long workshop) throws SQLException {
        return Sql.query(c, "SELECT * FROM speaker_idea WHERE workshop_id = ? ORDER BY id", SpeakerIdeaRepository::map,
                workshop);
    }

    public Optional<SpeakerIdea> find(Connection c, long workshop, int id) throws SQLException {
        return Sql.query(c, "SELECT * FROM speaker_idea WHERE workshop_id = ? AND id = ?", SpeakerIdeaRepository::map,
                workshop, id).stream().findFirst();
    }

    /** The next free id (1 for the first idea). */
    public int nextId(Connection c, long workshop) throws SQLException {
        return Integer.parseInt(Sql.column(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM speaker_idea WHERE workshop_id = ?",
                workshop).get(0));
    }

    /** Inserts or updates the idea under its id (which must not be 0). */
    public void save(Connection c, long workshop, SpeakerIdea idea) throws SQLException {
        if (idea.id() <= 0) {
            throw new IllegalArgumentException("idée sans numéro");
        }
        int updated = Sql.update(c, "UPDATE speaker_idea SET suggested_by = ?, speaker = ?, organisation = ?, theme = ?, "
                        + "note = ? WHERE workshop_id = ? AND id = ?", idea.suggestedBy(), idea.speaker(),
                idea.organisation(), idea.theme(), idea.note(), workshop, idea.id());
        if (updated == 0) {
            Sql.update(c, "INSERT INTO speaker_idea (workshop_id, id, suggested_by, speaker, organisation, theme, note) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)", workshop, idea.id(), idea.suggestedBy(), idea.speaker(),
                    idea.organisation(), idea.theme(), idea.note());
        }
    }

    public void delete(Connection c, long workshop, int id) throws SQLException {
        Sql.update(c, "DELETE FROM speaker_idea WHERE workshop_id = ? AND id = ?", workshop, id);
    }

    /** Gives every idea on {@code from} the theme {@code to} (a rename or a merge of the catalogue). */
    public void retheme(Connection c, long workshop, String from, String to) throws SQLException {
        Sql.update(c, "UPDATE speaker_idea SET theme = ? WHERE workshop_id = ? AND theme = ?", to, workshop, from);
    }

    private static SpeakerIdea map(ResultSet rs) throws SQLException {
        return new SpeakerIdea(rs.getInt("id"), rs.getString("suggested_by"), rs.getString("speaker"),
                rs.getString("organisation"), rs.getString("theme"), rs.getString("note"));
    }
}
