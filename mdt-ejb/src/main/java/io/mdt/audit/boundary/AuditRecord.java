package io.mdt.audit.boundary;

import io.mdt.audit.entity.AuditEntry;
import java.io.Serializable;
import java.time.Instant;

/**
 * An entry of the audit log. {@code before} and {@code after} are the target's row as JSON text
 * (null for a creation's before and a removal's after, and for entries about no entity), with
 * secrets masked.
 */
public record AuditRecord(
        long id,
        Instant at,
        String actor,
        String via,
        String action,
        String targetType,
        String targetId,
        String targetName,
        String before,
        String after,
        String remoteAddress,
        String method,
        String path,
        Integer status,
        String detail)
        implements Serializable {

    static AuditRecord of(AuditEntry entry) {
        return new AuditRecord(
                entry.getId(),
                entry.getAt(),
                entry.getActor(),
                entry.getVia(),
                entry.getAction(),
                entry.getTargetType(),
                entry.getTargetId(),
                entry.getTargetName(),
                entry.getBefore(),
                entry.getAfter(),
                entry.getRemoteAddress(),
                entry.getRequestMethod(),
                entry.getRequestPath(),
                entry.getStatus(),
                entry.getDetail());
    }
}
