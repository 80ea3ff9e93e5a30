package io.mdt.audit.control;

import io.mdt.audit.boundary.AuditRequest;
import io.mdt.audit.boundary.Origin;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.security.boundary.RequestCaller;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Appends entries to the audit log, in the transaction of the work that causes them, on the
 * connection of its persistence context, so a change and its entry commit or roll back together.
 * An entry that cannot be written fails the change: nothing is changed unaudited.
 *
 * <p>For entity changes ({@link AuditListener}) it keeps, per transaction, each row as it was
 * before an update or a removal, read from the table just before the statement runs.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String INSERT = "INSERT INTO audit_entry (at, actor, via, action, target_type, target_id,"
            + " target_name, before, after, remote_address, request_method, request_path, status, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?, ?)";

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    RequestCaller caller;

    @Inject
    AuditRequest request;

    /** The caller of the request being served, or {@link Actor#SYSTEM}. */
    public Actor actor() {
        try {
            return caller.get().map(c -> new Actor(c.name(), c.via())).orElse(Actor.SYSTEM);
        } catch (ContextNotActiveException noRequest) {
            return Actor.SYSTEM;
        }
    }

    public Origin origin() {
        try {
            return request.origin();
        } catch (ContextNotActiveException noRequest) {
            return Origin.NONE;
        }
    }

    /** Notes the row of an entity as it is now, before it is updated or removed. */
    void before(AuditedType type, Object entity) {
        if (type.byPeopleOnly() && actor().equals(Actor.SYSTEM)) {
            return;
        }
        row(type, type.idOf(entity)).ifPresent(row -> pending().put(entity, row));
    }

    /** Appends the entry of an entity's insert, update or removal, if it is one to audit. */
    void changed(AuditedType type, Object entity, String change) {
        var actor = actor();
        if (type.byPeopleOnly() && actor.equals(Actor.SYSTEM)) {
            return;
        }
        var id = type.idOf(entity);
        JsonObject before = "created".equals(change) ? null : pending().remove(entity);
        JsonObject after = "deleted".equals(change) ? null : row(type, id).orElse(null);
        if ("updated".equals(change)
                && (before == null || after == null || !Snapshots.changed(before, after, type.bookkeeping()))) {
            return;
        }
        var named = after != null ? after : before;
        write(new AuditEvent(
                actor,
                type.name() + "." + change,
                type.name(),
                String.valueOf(id),
                Snapshots.text(named, type.nameColumn()),
                before == null
                        ? null
                        : Snapshots.masked(before, type.masked(), after).toString(),
                after == null
                        ? null
                        : Snapshots.masked(after, type.masked(), before).toString(),
                origin(),
                null,
                null));
        if ("updated".equals(change)) {
            pending().put(entity, after);
        }
    }

    /** Appends one entry in the current transaction. */
    public void write(AuditEvent event) {
        try (var insert = connection().prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(InstantConverter.now()));
            insert.setString(2, event.actor().name());
            insert.setString(3, event.actor().via());
            insert.setString(4, event.action());
            insert.setString(5, event.targetType());
            insert.setString(6, event.targetId());
            insert.setString(7, Origin.cut(event.targetName(), 200));
            insert.setString(8, event.before());
            insert.setString(9, event.after());
            insert.setString(10, event.origin().remoteAddress());
            insert.setString(11, event.origin().method());
            insert.setString(12, event.origin().path());
            if (event.status() == null) {
                insert.setNull(13, Types.INTEGER);
            } else {
                insert.setInt(13, event.status());
            }
            insert.setString(14, event.detail());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to the audit log: " + event.action(), e);
        }
    }

    /** The row of the entity in its table as JSON, in this transaction, or empty when it is gone. */
    private Optional<JsonObject> row(AuditedType type, Object id) {
        // The table name comes from the entity's @Table annotation, never from a request.
        var sql = "SELECT to_jsonb(t)::text FROM " + type.table() + " t WHERE t.id = ?";
        try (var select = connection().prepareStatement(sql)) {
            select.setObject(1, id);
            try (var result = select.executeQuery()) {
                return result.next() ? Optional.of(Snapshots.parse(result.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + type.table() + " " + id + " for the audit log", e);
        }
    }

    /**
     * The connection the persistence context writes with in this transaction. Its own, not one
     * from the data source: while the transaction completes (when the persistence context
     * flushes), a connection taken from the pool would not join the transaction, would not see
     * the change and would commit its entry on its own. Never closed here: it is the context's.
     */
    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    @SuppressWarnings("unchecked")
    private Map<Object, JsonObject> pending() {
        var rows = (Map<Object, JsonObject>) transactions.getResource(AuditTrail.class);
        if (rows == null) {
            rows = new IdentityHashMap<>();
            transactions.putResource(AuditTrail.class, rows);
        }
        return rows;
    }
}
