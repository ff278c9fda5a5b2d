package fr.equipage.store;

import fr.equipage.format.InvalidInputException;
import fr.equipage.format.PlanJson;
import fr.equipage.model.Plan;
import fr.equipage.model.Scenario;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * A workshop's plans: the current one (what the board shows and what is exported) and named
 * scenarios the organiser keeps to compare.
 */
public final class PlanRepository {
    /** Name under which the current plan is stored. */
    public static final String CURRENT_NAME = "__current__";

    public Optional<Plan> current(Connection c, long workshop) throws SQLException {
        List<String> json = Sql.column(c, "SELECT plan_json FROM plan WHERE workshop_id = ? AND name = ?", workshop,
                CURRENT_NAME);
        return json.isEmpty() ? Optional.empty() : Optional.of(parse(json.get(0)));
    }

    public void saveCurrent(Connection c, long workshop, Plan plan) throws SQLException {
        save(c, workshop, CURRENT_NAME, plan);
    }

    public void clearCurrent(Connection c, long workshop) throws SQLException {
        Sql.update(c, "DELETE FROM plan WHERE workshop_id = ? AND name = ?", workshop, CURRENT_NAME);
    }

    public List<Scenario> scenarios(Connection c, long workshop) throws SQLException {
        return Sql.query(c, "SELECT id, name, plan_json FROM plan WHERE workshop_id = ? AND name <> ? ORDER BY updated_at, id",
                rs -> new Scenario(rs.getLong(1), rs.getString(2), parse(rs.getString(3))), workshop, CURRENT_NAME);
    }

    /** Saves a plan under a name, replacing the scenario of that name if there is one. */
    public void save(Connection c, long workshop, String name, Plan plan) throws SQLException {
        Sql.update(c, "MERGE INTO plan (workshop_id, name, plan_json, is_current, updated_at) KEY (workshop_id, name) "
                        + "VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)", workshop, name, PlanJson.toString(plan),
                CURRENT_NAME.equals(name));
    }

    public void deleteScenario(Connection c, long workshop, String name) throws SQLException {
        Sql.update(c, "DELETE FROM plan WHERE workshop_id = ? AND name = ?", workshop, name);
    }

    /**
     * What the current plan's proven bound was proven on (a fingerprint of the workshop), or empty.
     * Kept beside the plan, not in it: the plan file format is a published contract.
     */
    public Optional<String> boundStamp(Connection c, long workshop) throws SQLException {
        List<String> v = Sql.column(c, "SELECT state_value FROM app_state WHERE state_key = ?", stampKey(workshop));
        return v.isEmpty() ? Optional.empty() : Optional.ofNullable(v.get(0));
    }

    public void stampBound(Connection c, long workshop, String fingerprint) throws SQLException {
        Sql.update(c, "MERGE INTO app_state (state_key, state_value) KEY (state_key) VALUES (?, ?)", stampKey(workshop),
                fingerprint);
    }

    private static String stampKey(long workshop) {
        return "plan.bound-proven-on." + workshop;
    }

    private static Plan parse(String json) {
        try {
            return PlanJson.fromString(json);
        } catch (InvalidInputException e) {
            throw new StoreException("Plan enregistré illisible : " + e.getMessage(), e);
        }
    }
}
