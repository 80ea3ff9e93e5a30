package io.mdt.audit.rest;

import io.mdt.audit.boundary.AuditLog;
import io.mdt.audit.boundary.AuditQuery;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the entries of a query as JSON lines (one object per line, oldest first), a chunk at a
 * time, so that an export of any length holds one chunk in memory. It stops at the newest entry
 * there was when it began.
 */
public final class AuditLines {

    public static final String MEDIA_TYPE = "application/x-ndjson";

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final AuditLog log;
    private final AuditQuery query;
    private final long until;

    /** Checks the query's filters first, so that a bad one is refused before anything is written. */
    public AuditLines(AuditLog log, AuditQuery query) {
        this.log = log;
        this.query = query;
        this.until = log.exportUntil(query);
    }

    public void writeTo(OutputStream out) throws IOException {
        long after = 0;
        while (true) {
            var chunk = log.chunk(query, after, until);
            for (var entry : chunk) {
                out.write(JSONB.toJson(AuditEntryBody.of(entry)).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
            out.flush();
            if (chunk.size() < AuditLog.CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).id();
        }
    }
}
