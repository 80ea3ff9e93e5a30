package io.mdt.audit.view;

import io.mdt.audit.boundary.AuditQuery;
import io.mdt.platform.rest.TimeParameters;
import java.io.Serializable;

/**
 * The audit page's filters as its address carries them, times ISO-8601; a blank filter selects
 * everything. A time that cannot be read is refused as the API refuses it.
 */
record AuditFilter(String actor, String action, String targetType, String targetId, String from, String to)
        implements Serializable {

    AuditQuery query(int page, int size) {
        return new AuditQuery(
                blank(actor),
                blank(action),
                blank(targetType),
                blank(targetId),
                TimeParameters.optional("from", from),
                TimeParameters.optional("to", to),
                page,
                size);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
