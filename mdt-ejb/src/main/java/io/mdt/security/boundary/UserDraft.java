package io.mdt.security.boundary;

/** A new account of the built-in store: a name, a password of at least 12 characters, a role. */
public record UserDraft(String name, String password, String role) {}
