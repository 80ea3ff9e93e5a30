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
                activeSilences(now),
                em.createNamedQuery(Inhibition.ALL, Inhibition.class).getResultList(),
                open.stream().map(Mutes::labelled).toList(),
                now);
    }

    /**
     * The muting in force now for alerts of one model, given that model's open alerts: where
     * every inhibition needs source and target to agree on the model (as the default one does),
     * only that model's alerts can inhibit, and the others are not read.
     */
    public Muting ofModel(List<Alert> modelOpen, Instant now) {
        var inhibitions = em.createNamedQuery(Inhibition.ALL, Inhibition.class).getResultList();
        var sources = inhibitions.stream().allMatch(i -> i.getEqual().contains("model"))
                ? modelOpen
                : em.createNamedQuery(Alert.OPEN, Alert.class).getResultList();
        return new Muting(
                activeSilences(now),
                inhibitions,
                sources.stream().map(Mutes::labelled).toList(),
                now);
    }

    private List<Silence> activeSilences(Instant now) {
        return em.createNamedQuery(Silence.ACTIVE, Silence.class)
                .setParameter("now", now)
                .getResultList();
    }

    public static Muting.Labelled labelled(Alert alert) {
        return new Muting.Labelled(alert.getFingerprint(), alert.getLabels());
    }
}
