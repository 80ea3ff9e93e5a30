package io.mdt.audit.control;

import io.mdt.audit.boundary.Origin;

/** One entry to append, as {@link AuditTrail} writes it; the time is the moment of writing. */
public record AuditEvent(
        Actor actor,
        String action,
        String targetType,
        String targetId,
        String targetName,
        String before,
        String after,
        Origin origin,
        Integer status,
        String detail) {

    /** An event about no entity: a sign-in, a refused credential, a use of a key. */
    public static AuditEvent of(Actor actor, String action, Origin origin, Integer status, String detail) {
        return new AuditEvent(actor, action, null, null, null, null, null, origin, status, detail);
    }

    /** The same event about a target known by name only. */
    public AuditEvent about(String type, String name) {
        return new AuditEvent(actor, action, type, null, name, before, after, origin, status, detail);
    }
}
