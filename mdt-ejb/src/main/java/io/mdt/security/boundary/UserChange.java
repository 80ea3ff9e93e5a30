package io.mdt.security.boundary;

import java.util.List;

/**
 * New settings of an account. An absent role, {@code enabled} or list of teams keeps the current
 * one; an absent password keeps the current password.
 */
public record UserChange(String role, Boolean enabled, String password, List<String> teams) {}
