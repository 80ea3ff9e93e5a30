package io.mdt.security.boundary;

import java.util.List;

/**
 * A new account of the built-in store: a name, a password of at least 12 characters, a role, and
 * the teams whose models it sees (none: only an administrator sees models without a team of its
 * own).
 */
public record UserDraft(String name, String password, String role, List<String> teams) {}
