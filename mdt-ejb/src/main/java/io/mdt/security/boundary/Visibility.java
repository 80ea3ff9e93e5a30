package io.mdt.security.boundary;

import io.mdt.platform.control.StorableText;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;

/**
 * Which models the current caller sees, and which teams it may give a model to. A model belongs
 * to one team; people and systems see and change the models of their teams, administrators
 * every model, and an API key limited to one model that model alone. What no request started
 * (timers, message-driven beans) sees everything. The boundaries of the components ask here, so
 * that a model of another team is "not found", exactly as one that does not exist.
 */
@ApplicationScoped
public class Visibility {

    /** The team of models created without one by an administrator, and of models older than teams. */
    public static final String DEFAULT_TEAM = "default";

    static final int MAX_TEAM = 100;

    @Inject
    RequestCaller requestCaller;

    /** Whether the current caller may see the model with this id, which belongs to this team. */
    public boolean sees(String team, long modelId) {
        return requestCaller.get().map(caller -> caller.sees(team, modelId)).orElse(true);
    }

    public TeamScope scope() {
        return requestCaller.get().map(TeamScope::of).orElse(TeamScope.EVERYTHING);
    }

    /**
     * The team a new model goes to: the one asked for, if the caller may give models to it;
     * without one, the caller's only team, or {@value #DEFAULT_TEAM} for an administrator. A
     * key limited to one model creates none.
     *
     * @throws ModelValidationException when the team is not the caller's, or has to be named
     */
    public String teamOfNewModel(String requested) {
        if (scope().model() != null) {
            throw invalid("cannot be given by a key limited to one model");
        }
        return team(requested, DEFAULT_TEAM);
    }

    /**
     * The team an existing model moves to, checked as {@link #teamOfNewModel}; {@code null}
     * keeps the model where it is.
     */
    public String teamOfMovedModel(String requested, String current) {
        return requested == null || requested.strip().equals(current) ? current : teamOfNewModel(requested);
    }

    /**
     * The team a new silence mutes the alerts of: as for a model, except that an
     * administrator's silence without one is of every team ({@code null}).
     */
    public String teamOfSilence(String requested) {
        return team(requested, null);
    }

    private String team(String requested, String administratorsDefault) {
        var scope = scope();
        if (requested != null) {
            return teamTo(requested, scope);
        }
        if (scope.all()) {
            return administratorsDefault;
        }
        if (scope.teams().size() == 1) {
            return scope.teams().iterator().next();
        }
        throw invalid(
                scope.teams().isEmpty()
                        ? "is required, and the caller belongs to no team"
                        : "is required, one of " + String.join(", ", new TreeSet<>(scope.teams())));
    }

    private static String teamTo(String requested, TeamScope scope) {
        var team = requested.strip();
        if (team.isEmpty() || team.length() > MAX_TEAM || !StorableText.storable(team)) {
            throw invalid("must be 1 to " + MAX_TEAM + " printable characters");
        }
        if (!scope.all() && !scope.teams().contains(team)) {
            throw invalid("must be one of the caller's teams: "
                    + (scope.teams().isEmpty() ? "it has none" : String.join(", ", new TreeSet<>(scope.teams()))));
        }
        return team;
    }

    private static ModelValidationException invalid(String message) {
        return new ModelValidationException(List.of(new Violation("team", message)));
    }
}
