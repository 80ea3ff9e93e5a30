package io.mdt.audit.boundary;

import io.mdt.audit.control.Actor;
import io.mdt.audit.control.AuditEvent;
import io.mdt.audit.control.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The entries that are no entity's change: sign-ins, refused credentials, and uses of write
 * endpoints with an API key. A failure is written in a transaction of its own, so that it stays
 * even when the work that refused the credential rolls back. Never a secret: a refused key is
 * named by its prefix, a refused password only by the name it came with.
 */
@Stateless
public class AuditRecorder {

    public static final String SIGNED_IN = "login.succeeded";
    public static final String REFUSED = "login.failed";
    public static final String KEY_USED = "api-key.used";

    @PersistenceContext
    EntityManager em;

    /**
     * A successful sign-in, in the sign-in's transaction: with a password ({@code password}) or
     * by single sign-on with the identity provider ({@code oidc}).
     */
    public void signedIn(String name, String via) {
        AuditTrail.append(
                em,
                AuditEvent.of(new Actor(name, via), SIGNED_IN, AuditTrail.origin(), null, null)
                        .about("user", name));
    }

    /** A refused credential: the name or key prefix presented, how, and why (for operators). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String presented, String via, String reason) {
        AuditTrail.append(em, AuditEvent.of(new Actor(presented, via), REFUSED, AuditTrail.origin(), null, reason));
    }

    /** A request to a write endpoint made with an API key, and its answer's status. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void keyUsed(String key, String method, String path, int status) {
        var origin = AuditTrail.origin();
        AuditTrail.append(
                em,
                AuditEvent.of(
                                new Actor(key, "api-key"),
                                KEY_USED,
                                new Origin(origin.remoteAddress(), method, path),
                                status,
                                null)
                        .about("api-key", key));
    }
}
