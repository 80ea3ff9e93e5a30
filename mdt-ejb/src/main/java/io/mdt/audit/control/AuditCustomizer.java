package io.mdt.audit.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Puts an {@link EntityChanges} listener on each audited entity class when the persistence unit
 * starts ({@code persistence.xml} names this class). A listener of the provider rather than a
 * JPA entity listener, because only the provider's events hand over the session that writes the
 * change, on whose connection the entry must be written.
 */
public class AuditCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (var descriptor : session.getDescriptors().values()) {
            AuditedTypes.of(descriptor.getJavaClass())
                    .ifPresent(type -> descriptor.getEventManager().addListener(new EntityChanges(type)));
        }
    }
}
