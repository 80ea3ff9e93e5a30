package io.mdt.audit.control;

import io.mdt.audit.boundary.AuditRequest;
import io.mdt.audit.boundary.Origin;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.security.boundary.RequestCaller;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Appends entries to the audit log, in the transaction of the work that causes them, so a change
 * and its entry commit or roll back together. An entry that cannot be written fails the change:
 * nothing is changed unaudited.
 *
 * <p>For entity changes ({@link EntityChanges}) it keeps, per transaction, each row as it was
 * before an update or a removal, read from the table just before the statement runs.
 *
 * <p>No bean: the persistence provider calls in from its own code, on any thread and in any
 * module, during deployment too. So it finds what it needs when it needs it: the caller and the
 * request through CDI (none outside a request), the transaction's resources by their standard
 * JNDI name.
 */
public final class AuditTrail {

    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String DELETED = "deleted";

    private static final String INSERT = AuditSql.insert(i -> "?" + (i + 1));
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private AuditTrail() {}

    /** The caller of the request being served, or {@link Actor#SYSTEM}. */
    public static Actor actor() {
        try {
            return CDI.current()
                    .select(RequestCaller.class)
                    .get()
                    .get()
                    .map(c -> new Actor(c.name(), c.via()))
                    .orElse(Actor.SYSTEM);
        } catch (ContextNotActiveException noRequest) {
            return Actor.SYSTEM;
        }
    }

    /** Where the request being served comes from, or {@link Origin#NONE}. */
    public static Origin origin() {
        try {
            return CDI.current().select(AuditRequest.class).get().origin();
        } catch (ContextNotActiveException noRequest) {
            return Origin.NONE;
        }
    }

    /** Appends one entry that is no entity's change, in the transaction of {@code em}. */
    public static void append(EntityManager em, AuditEvent event) {
        var insert = em.createNativeQuery(INSERT);
        var values = AuditSql.values(event, InstantConverter.now());
        for (int i = 0; i < values.size(); i++) {
            insert.setParameter(i + 1, values.get(i));
        }
        insert.executeUpdate();
    }

    /** Notes the row of an entity as it is now, just before it is updated or removed. */
    static void before(AuditedType type, Object entity, CommitSession session) {
        if (type.byPeopleOnly() && actor().equals(Actor.SYSTEM)) {
            return;
        }
        session.row(type, type.idOf(entity), true).ifPresent(row -> pending().put(entity, row));
    }

    /** Appends the entry of an entity's insert, update or removal, just after its statement. */
    static void changed(AuditedType type, Object entity, String change, CommitSession session) {
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

    /** The rows noted before their change in the current transaction, by entity. */
    @SuppressWarnings("unchecked")
    private static Map<Object, JsonObject> pending() {
        TransactionSynchronizationRegistry transaction;
        try {
            transaction = InitialContext.doLookup(REGISTRY);
        } catch (NamingException e) {
            throw new IllegalStateException("no transaction registry at " + REGISTRY + " for the audit log", e);
        }
        var rows = (Map<Object, JsonObject>) transaction.getResource(AuditTrail.class);
        if (rows == null) {
            rows = new IdentityHashMap<>();
            transaction.putResource(AuditTrail.class, rows);
        }
        return rows;
    }
}
