package io.mdt.audit.control;

import jakarta.enterprise.inject.spi.CDI;

/**
 * The default entity listener of the persistence unit: {@code META-INF/orm.xml} names it and its
 * callbacks (there only, so that each runs once). Every insert,
 * update and removal of every entity passes here, and those of the {@link AuditedTypes} become
 * entries of the audit log, in the same transaction. The persistence provider creates it, so it
 * finds the {@link AuditTrail} through CDI.
 */
public class AuditListener {

    private volatile AuditTrail trail;

    public void before(Object entity) {
        AuditedTypes.of(entity.getClass()).ifPresent(type -> trail().before(type, entity));
    }

    public void created(Object entity) {
        AuditedTypes.of(entity.getClass()).ifPresent(type -> trail().changed(type, entity, "created"));
    }

    public void updated(Object entity) {
        AuditedTypes.of(entity.getClass()).ifPresent(type -> trail().changed(type, entity, "updated"));
    }

    public void deleted(Object entity) {
        AuditedTypes.of(entity.getClass()).ifPresent(type -> trail().changed(type, entity, "deleted"));
    }

    private AuditTrail trail() {
        var current = trail;
        if (current == null) {
            current = CDI.current().select(AuditTrail.class).get();
            trail = current;
        }
        return current;
    }
}
