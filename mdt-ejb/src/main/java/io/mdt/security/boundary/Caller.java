package io.mdt.security.boundary;

import io.mdt.security.entity.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * Who a credential belongs to, as the web module hands it to the container, and what it may see.
 *
 * @param name the user's or key's name, recorded as the author of what it does
 * @param roles the role names held, those of included roles too ({@code mdt-admin} holds
 *     {@code mdt-engineer} and the rest)
 * @param teams the teams whose models the caller sees and changes; an administrator sees every
 *     team's, whatever this holds
 * @param model the one model an API key is limited to, or {@code null} for every model of its
 *     teams
 * @param via how the caller proved it: {@code password}, {@code api-key} or {@code token}
 */
public record Caller(String name, Set<String> roles, Set<String> teams, Long model, String via)
        implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
    }

    /** Whether the caller sees every team's models, as administrators do. */
    public boolean seesAllTeams() {
        return roles.contains(Role.Names.ADMIN) && model == null;
    }

    /** Whether the caller may see the model with this id, which belongs to this team. */
    public boolean sees(String team, long modelId) {
        return model == null ? seesAllTeams() || teams.contains(team) : model == modelId;
    }
}
