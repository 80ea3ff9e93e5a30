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
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Appends entries to the audit log, in the transaction of the work that causes them, so a change
 * and its entry commit or roll back together. An entry that cannot be written fails the change:
 * nothing is changed unaudited.
 *
 * <p>For entity changes ({@link EntityChanges}) it keeps, per transaction, each row as it was
 * before an update or a removal, read from the table just before the statement runs.
 */
@ApplicationScoped
public class AuditTrail {

    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String DELETED = "deleted";

    private static final String INSERT = AuditSql.insert(i -> "?" + (i + 1));

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

    /** Notes the row of an entity as it is now, just before it is updated or removed. */
    void before(AuditedType type, Object entity, CommitSession session) {
        if (type.byPeopleOnly() && actor().equals(Actor.SYSTEM)) {
            return;
        }
        session.row(type, type.idOf(entity), true).ifPresent(row -> pending().put(entity, row));
    }

    /** Appends the entry of an entity's insert, update or removal, just after its statement. */
    void changed(AuditedType type, Object entity, String change, CommitSession session) {
        var actor = actor();
        if (type.byPeopleOnly() && actor.equals(Actor.SYSTEM)) {
            return;
        }
        var id = type.idOf(entity);
        JsonObject before = CREATED.equals(change) ? null : pending().remove(entity);
        JsonObject after = DELETED.equals(change)
                ? null
                : session.row(type, id, false)
                        .map(row -> type.withCurrent(row, entity))
                        .orElse(null);
        if (UPDATED.equals(change)
                && (before == null || after == null || !Snapshots.changed(before, after, type.bookkeeping()))) {
            return;
        }
        var named = after != null ? after : before;
        session.append(
                new AuditEvent(
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
                        null),
                InstantConverter.now());
    }

    /** Appends one entry that is no entity's change, in the current transaction. */
    public void write(AuditEvent event) {
        var insert = em.createNativeQuery(INSERT);
        var values = AuditSql.values(event, InstantConverter.now());
        for (int i = 0; i < values.size(); i++) {
            insert.setParameter(i + 1, values.get(i));
        }
        insert.executeUpdate();
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
