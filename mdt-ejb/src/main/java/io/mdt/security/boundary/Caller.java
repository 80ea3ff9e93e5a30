package io.mdt.security.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * Who a credential belongs to, as the web module hands it to the container.
 *
 * @param name the user's or key's name, recorded as the author of what it does
 * @param roles the role names held, those of included roles too ({@code mdt-admin} holds
 *     {@code mdt-engineer} and the rest)
 * @param via how the caller proved it: {@code password}, {@code api-key} or {@code token}
 */
public record Caller(String name, Set<String> roles, String via) implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
    }
}
