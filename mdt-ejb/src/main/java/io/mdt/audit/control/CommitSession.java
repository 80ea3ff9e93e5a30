package io.mdt.audit.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;

/**
 * The session of the persistence provider while it writes a change: its statements run on the
 * connection and in the transaction of the change, so that they see the change before it
 * commits, and an entry commits or rolls back with it. Nothing else may run SQL then: the
 * persistence context is in the middle of its flush.
 */
final class CommitSession {

    private static final String INSERT = AuditSql.insert(i -> "#p" + i);

    private final Session session;

    CommitSession(Session session) {
        this.session = session;
    }

    /**
     * The row of {@code id} in the table of {@code type}, with what it relates to if asked, or
     * empty when there is none.
     */
    Optional<JsonObject> row(AuditedType type, Object id, boolean withRelated) {
        var query = new DataReadQuery(new SQLCall(AuditSql.row(type, "#id", withRelated)));
        query.addArgument("id");
        query.setShouldBindAllParameters(true);
        var rows = (List<?>) session.executeQuery(query, List.of(id));
        return rows.stream()
                .findFirst()
                .map(row -> ((Map<?, ?>) row).values().iterator().next())
                .map(json -> Snapshots.parse((String) json));
    }

    void append(AuditEvent event, Instant at) {
        var query = new DataModifyQuery(new SQLCall(INSERT));
        IntStream.range(0, AuditSql.PARAMETERS).forEach(i -> query.addArgument("p" + i));
        query.setShouldBindAllParameters(true);
        session.executeQuery(query, AuditSql.values(event, at));
    }
}
