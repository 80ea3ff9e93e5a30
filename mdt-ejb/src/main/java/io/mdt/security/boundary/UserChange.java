package io.mdt.security.boundary;

/**
 * New settings of an account. An absent role or {@code enabled} keeps the current one; an absent
 * password keeps the current password.
 */
public record UserChange(String role, Boolean enabled, String password) {}
