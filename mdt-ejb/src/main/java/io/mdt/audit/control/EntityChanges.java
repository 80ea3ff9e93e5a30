package io.mdt.audit.control;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;

/**
 * Listens to the writes of one audited entity class, as the persistence provider makes them:
 * just before the statement (the row as it was) and just after (the row as it is), whether the
 * persistence context flushes during the work or when its transaction commits.
 */
final class EntityChanges extends DescriptorEventAdapter {

    private final AuditedType type;

    EntityChanges(AuditedType type) {
        this.type = type;
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        AuditTrail.changed(type, event.getObject(), AuditTrail.CREATED, session(event));
    }

    @Override
    public void aboutToUpdate(DescriptorEvent event) {
        AuditTrail.before(type, event.getObject(), session(event));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        AuditTrail.changed(type, event.getObject(), AuditTrail.UPDATED, session(event));
    }

    /** Before the provider removes what the entity keeps in other tables, which it does first. */
    @Override
    public void preDelete(DescriptorEvent event) {
        AuditTrail.before(type, event.getObject(), session(event));
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        AuditTrail.changed(type, event.getObject(), AuditTrail.DELETED, session(event));
    }

    private static CommitSession session(DescriptorEvent event) {
        return new CommitSession(event.getSession());
    }
}
