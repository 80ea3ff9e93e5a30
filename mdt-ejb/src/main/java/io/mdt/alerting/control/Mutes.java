package io.mdt.alerting.control;

import io.mdt.alerting.entity.Alert;
import io.mdt.alerting.entity.Inhibition;
import io.mdt.alerting.entity.Silence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The {@link Muting} in force now: the active silences, the inhibitions, and the open alerts as their sources. */
@ApplicationScoped
public class Mutes {

    @PersistenceContext
    EntityManager em;

    public Muting now(List<Alert> open, Instant now) {
        return new Muting(
                em.createNamedQuery(Silence.ACTIVE, Silence.class)
                        .setParameter("now", now)
                        .getResultList(),
                em.createNamedQuery(Inhibition.ALL, Inhibition.class).getResultList(),
                open.stream().map(Mutes::labelled).toList(),
                now);
    }

    public static Muting.Labelled labelled(Alert alert) {
        return new Muting.Labelled(alert.getFingerprint(), alert.getLabels());
    }
}
