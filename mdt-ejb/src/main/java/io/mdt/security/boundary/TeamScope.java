package io.mdt.security.boundary;

import java.util.Set;
import java.util.TreeSet;

/**
 * The models a caller sees: every model, those of some teams, or one model (an API key limited
 * to it).
 *
 * @param all whether every model is seen; the other two are then empty
 * @param teams the teams whose models are seen; for a key limited to one model, that model's
 * @param model the one model seen, or {@code null} for every model of the teams
 */
public record TeamScope(boolean all, Set<String> teams, Long model) {

    public static final TeamScope EVERYTHING = new TeamScope(true, Set.of(), null);

    public TeamScope {
        teams = Set.copyOf(teams);
    }

    static TeamScope of(Caller caller) {
        if (caller.model() != null) {
            return new TeamScope(false, caller.teams(), caller.model());
        }
        return caller.seesAllTeams() ? EVERYTHING : new TeamScope(false, caller.teams(), null);
    }

    /**
     * Whether what belongs to a team (a silence, a rule) is seen: what belongs to one of the
     * teams seen, and what belongs to every team ({@code null}).
     */
    public boolean seesTeam(String team) {
        return team == null || all || teams.contains(team);
    }

    /** Whether no model at all is seen, so that a query need not run. */
    public boolean nothing() {
        return !all && model == null && teams.isEmpty();
    }

    /** A key for results that depend on the scope only, the same for callers of the same scope. */
    public String cacheKey() {
        return all ? "*" : model != null ? "#" + model : String.join("\u0000", new TreeSet<>(teams));
    }
}
