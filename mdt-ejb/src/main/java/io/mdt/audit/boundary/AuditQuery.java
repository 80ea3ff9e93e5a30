package io.mdt.audit.boundary;

import java.time.Instant;

/**
 * Which entries to list or export; every filter is optional.
 *
 * @param actor who acted (case ignored)
 * @param action such as {@code model.updated}; one ending in {@code .} or {@code *} takes every
 *     action it begins ({@code model.} for all of a model's)
 * @param targetType such as {@code model}, {@code user}, {@code api-key}
 * @param targetId the id of the target
 * @param from entries at or after this time
 * @param to entries before this time
 */
public record AuditQuery(
        String actor, String action, String targetType, String targetId, Instant from, Instant to, int page, int size) {

    public AuditQuery withPage(int page, int size) {
        return new AuditQuery(actor, action, targetType, targetId, from, to, page, size);
    }
}
