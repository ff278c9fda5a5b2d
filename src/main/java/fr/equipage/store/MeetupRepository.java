package fr.equipage.store;

import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.MeetupWeights;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A workshop's meet-ups: the settings (defaults until saved) and the stored rounds, each with its
 * groups and absences. A round is stored only once something is known about it.
 */
public final class MeetupRepository {

    /** Settings and the "launch-day teams have met" option of a workshop. */
    public record Config(MeetupSettings settings, boolean teamsHaveMet) {
        public static final Config DEFAULT = new Config(MeetupSettings.DEFAULT, false);
    }

    public Config config(Connection c, long workshop) throws SQLException {
        List<Config> found = Sql.query(c, "SELECT * FROM meetup_settings WHERE workshop_id = ?", rs -> new Config(
                new MeetupSettings(rs.getInt("rounds"), rs.getInt("group_size"), new MeetupWeights(rs.getInt("w_repeat"),
                        rs.getInt("w_same_ministry"), rs.getInt("w_shared_interest"), rs.getInt("w_know_how"))),
                rs.getBoolean("teams_have_met")), workshop);
        return found.isEmpty() ? Config.DEFAULT : found.get(0);
    }

    public void saveConfig(Connection c, long workshop, Config config) throws SQLException {
        MeetupSettings s = config.settings();
        MeetupWeights w = s.weights();
        Sql.update(c, "MERGE INTO meetup_settings (workshop_id, rounds, group_size, w_repeat, w_same_ministry, "
                        + "w_shared_interest, w_know_how, teams_have_met) KEY (workshop_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                workshop, s.rounds(), s.groupSize(), w.repeat(), w.sameMinistry(), w.sharedInterest(), w.knowHow(),
                config.teamsHaveMet());
    }

    /** Every stored round, by number (rounds beyond the settings' count included). */
    public List<MeetupRound> rounds(Connection c, long workshop) throws SQLException {
        Map<Integer, RoundRow> rows = new TreeMap<>();
        for (RoundRow r : Sql.query(c, "SELECT number, held, held_on FROM meetup_round WHERE workshop_id = ?",
                rs -> new RoundRow(rs.getInt(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class)), workshop)) {
            rows.put(r.number, r);
        }
        for (String[] m : Sql.query(c, "SELECT round_number, group_index, participant_ref FROM meetup_member "
                + "WHERE workshop_id = ? ORDER BY round_number, group_index, position", rs -> new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3)}, workshop)) {
            List<List<String>> groups = rows.get(Integer.parseInt(m[0])).groups;
            int g = Integer.parseInt(m[1]);
            while (groups.size() <= g) {
                groups.add(new ArrayList<>());
            }
            groups.get(g).add(m[2]);
        }
        for (String[] a : Sql.query(c, "SELECT round_number, participant_ref FROM meetup_absence WHERE workshop_id = ? "
                + "ORDER BY round_number, participant_ref", rs -> new String[] {rs.getString(1), rs.getString(2)}, workshop)) {
            rows.get(Integer.parseInt(a[0])).absent.add(a[1]);
        }
        return rows.values().stream().map(r -> new MeetupRound(r.number, r.date, r.held, r.groups, r.absent)).toList();
    }

    public java.util.Optional<MeetupRound> round(Connection c, long workshop, int number) throws SQLException {
        return rounds(c, workshop).stream().filter(r -> r.number() == number).findFirst();
    }

    /** Replaces what is stored about round {@code r.number()}: held flag, date, groups and absences. */
    public void saveRound(Connection c, long workshop, MeetupRound r) throws SQLException {
        deleteRound(c, workshop, r.number());
        Sql.update(c, "INSERT INTO meetup_round (workshop_id, number, held, held_on) VALUES (?, ?, ?, ?)", workshop,
                r.number(), r.held(), r.date());
        for (int g = 0; g < r.groups().size(); g++) {
            List<String> members = r.groups().get(g);
            for (int p = 0; p < members.size(); p++) {
                Sql.update(c, "INSERT INTO meetup_member (workshop_id, round_number, group_index, position, participant_ref) "
                        + "VALUES (?, ?, ?, ?, ?)", workshop, r.number(), g, p, members.get(p));
            }
        }
        for (String who : new java.util.LinkedHashSet<>(r.absent())) {
            Sql.update(c, "INSERT INTO meetup_absence (workshop_id, round_number, participant_ref) VALUES (?, ?, ?)",
                    workshop, r.number(), who);
        }
    }

    /** Forgets a round (its groups and absences too). */
    public void deleteRound(Connection c, long workshop, int number) throws SQLException {
        Sql.update(c, "DELETE FROM meetup_round WHERE workshop_id = ? AND number = ?", workshop, number);
    }

    private static final class RoundRow {
        final int number;
        final boolean held;
        final LocalDate date;
        final List<List<String>> groups = new ArrayList<>();
        final List<String> absent = new ArrayList<>();

        RoundRow(int number, boolean held, LocalDate date) {
            this.number = number;
            this.held = held;
            this.date = date;
        }
    }
}
