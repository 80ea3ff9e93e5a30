package io.mdt.audit.boundary;

import io.mdt.audit.control.AuditFilter;
import io.mdt.audit.entity.AuditEntry;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Reading the audit log: filtered pages, newest first; one entry; and oldest-first chunks for an export. */
@Stateless
public class AuditLog {

    /** Most entries of one export chunk. */
    public static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    public AuditPage list(AuditQuery query) {
        var filter = AuditFilter.of(query);
        var items = bound(em.createQuery("SELECT e" + filter.where() + " ORDER BY e.id DESC", AuditEntry.class), filter)
                .setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())
                .getResultStream()
                .map(AuditRecord::of)
                .toList();
        long total = bound(em.createQuery("SELECT COUNT(e)" + filter.where(), Long.class), filter)
                .getSingleResult();
        return new AuditPage(items, total, query.page(), query.size());
    }

    public AuditRecord get(long id) {
        var entry = em.find(AuditEntry.class, id);
        if (entry == null) {
            throw new AuditNotFoundException(id);
        }
        return AuditRecord.of(entry);
    }

    /**
     * Checks an export's filters (a bad one is a validation error) and answers the id of the
     * newest entry now, or 0: where the export stops, so that it ends.
     */
    public long exportUntil(AuditQuery query) {
        AuditFilter.forExport(query);
        var newest =
                em.createQuery("SELECT MAX(e.id) FROM AuditEntry e", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /** Up to {@link #CHUNK} entries of the query with ids in (after, until], oldest first. */
    public List<AuditRecord> chunk(AuditQuery query, long after, long until) {
        var filter = AuditFilter.forExport(query);
        return bound(
                        em.createQuery(
                                "SELECT e" + filter.where() + " AND e.id > :after AND e.id <= :until ORDER BY e.id",
                                AuditEntry.class),
                        filter)
                .setParameter("after", after)
                .setParameter("until", until)
                .setMaxResults(CHUNK)
                .getResultStream()
                .map(AuditRecord::of)
                .toList();
    }

    private static <T> TypedQuery<T> bound(TypedQuery<T> query, AuditFilter filter) {
        filter.parameters().forEach(query::setParameter);
        return query;
    }
}
