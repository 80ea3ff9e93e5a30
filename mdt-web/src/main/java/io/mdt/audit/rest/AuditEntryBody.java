package io.mdt.audit.rest;

import io.mdt.audit.boundary.AuditRecord;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;

/** An audit entry as the API answers it, its before and after as JSON objects. */
public record AuditEntryBody(
        long id,
        Instant at,
        String actor,
        String via,
        String action,
        String targetType,
        String targetId,
        String targetName,
        JsonObject before,
        JsonObject after,
        String remoteAddress,
        String method,
        String path,
        Integer status,
        String detail) {

    static AuditEntryBody of(AuditRecord entry) {
        return new AuditEntryBody(
                entry.id(),
                entry.at(),
                entry.actor(),
                entry.via(),
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                entry.targetName(),
                json(entry.before()),
                json(entry.after()),
                entry.remoteAddress(),
                entry.method(),
                entry.path(),
                entry.status(),
                entry.detail());
    }

    private static JsonObject json(String text) {
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
