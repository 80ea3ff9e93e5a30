package io.mdt.security.boundary;

import java.time.Instant;

/** A new API key: a name people recognise it by, its role, and when it stops working. */
public record ApiKeyDraft(String name, String role, Instant expiresAt) {}
