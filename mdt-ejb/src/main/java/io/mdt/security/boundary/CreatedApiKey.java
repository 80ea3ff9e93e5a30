package io.mdt.security.boundary;

/** A key just created, with its secret: the only time MDT shows it. */
public record CreatedApiKey(ApiKeySummary key, String secret) {}
