package io.mdt.security.boundary;

import java.time.Instant;

/**
 * A new API key: a name people recognise it by, its role, what it is limited to, and when it
 * stops working.
 *
 * @param team the team whose models the key sees; required, or implied by {@code model}, except
 *     for an administrator's key, which sees every team's and takes neither
 * @param model the one model (name or id) the key is limited to, or {@code null}
 */
public record ApiKeyDraft(String name, String role, String team, String model, Instant expiresAt) {}
