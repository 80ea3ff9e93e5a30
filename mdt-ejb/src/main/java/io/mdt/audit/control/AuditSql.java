package io.mdt.audit.control;

import io.mdt.audit.boundary.Origin;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The two statements of the audit log: the insert of an entry, and the read of an audited row
 * as JSON. Each is written once, with its parameters in one order, for the two places that run
 * it: a native query of the persistence context, and a call of the session that commits.
 *
 * <p>Every parameter is cast to its column's type, so that a null binds whatever type the
 * driver gives it.
 */
final class AuditSql {

    private enum Column {
        AT("at", "timestamptz"),
        ACTOR("actor", "varchar"),
        VIA("via", "varchar"),
        ACTION("action", "varchar"),
        TARGET_TYPE("target_type", "varchar"),
        TARGET_ID("target_id", "varchar"),
        TARGET_NAME("target_name", "varchar"),
        BEFORE("before", "jsonb"),
        AFTER("after", "jsonb"),
        REMOTE_ADDRESS("remote_address", "varchar"),
        REQUEST_METHOD("request_method", "varchar"),
        REQUEST_PATH("request_path", "varchar"),
        STATUS("status", "integer"),
        DETAIL("detail", "text");

        final String name;
        final String type;

        Column(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }

    static final int PARAMETERS = Column.values().length;

    private AuditSql() {}

    /** The insert of one entry; {@code parameter} writes the marker of the i-th parameter (0-based). */
    static String insert(IntFunction<String> parameter) {
        var columns = Arrays.stream(Column.values()).map(c -> c.name).collect(Collectors.joining(", "));
        var values = IntStream.range(0, PARAMETERS)
                .mapToObj(i -> "CAST(" + parameter.apply(i) + " AS " + Column.values()[i].type + ")")
                .collect(Collectors.joining(", "));
        return "INSERT INTO audit_entry (" + columns + ") VALUES (" + values + ")";
    }

    /** The parameters of the insert of {@code event}, written at {@code at}, in order. */
    static List<Object> values(AuditEvent event, Instant at) {
        return Arrays.asList(
                Timestamp.from(at),
                event.actor().name(),
                event.actor().via(),
                event.action(),
                event.targetType(),
                event.targetId(),
                Origin.cut(event.targetName(), 200),
                event.before(),
                event.after(),
                event.origin().remoteAddress(),
                event.origin().method(),
                event.origin().path(),
                event.status(),
                event.detail());
    }

    /**
     * The read of one row of an audited table as JSON text, with what it relates to if asked. The table
     * name comes from the entity's {@code @Table} annotation, never from a request.
     */
    static String row(AuditedType type, String idParameter, boolean withRelated) {
        var json = withRelated && type.related() != null
                ? "to_jsonb(t) || " + type.related().stored()
                : "to_jsonb(t)";
        return "SELECT CAST(" + json + " AS text) FROM " + type.table() + " t WHERE t.id = " + idParameter;
    }
}
