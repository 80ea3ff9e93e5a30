package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.Silence;
import io.mdt.alerting.entity.SilenceStatus;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import io.mdt.security.boundary.NotPermittedException;
import io.mdt.security.boundary.Visibility;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Silences, as Alertmanager's: each public method is one transaction. A silence changes only
 * until it expires; expiring one ends it now and keeps its record. A silence of a team is seen
 * and changed by that team; one of every team is seen by all and changed only by those who see
 * every team.
 */
@Stateless
public class Silences {

    private static final String ORDER = " ORDER BY s.endsAt DESC, s.id DESC";
    private static final String PENDING = "SELECT s FROM Silence s WHERE s.startsAt > :now" + ORDER;
    private static final String ACTIVE = "SELECT s FROM Silence s WHERE s.startsAt <= :now AND s.endsAt > :now" + ORDER;
    private static final String EXPIRED = "SELECT s FROM Silence s WHERE s.endsAt <= :now" + ORDER;

    @PersistenceContext
    EntityManager em;

    @Inject
    Visibility visibility;

    public SilenceSummary create(SilenceDraft draft) {
        var now = InstantConverter.now();
        var checked = SilenceDraft.checked(draft, now, now);
        var team = visibility.teamOfSilence(checked.team());
        var silence = new Silence(
                team,
                checked.matchers(),
                checked.startsAt(),
                checked.endsAt(),
                checked.createdBy(),
                checked.comment(),
                now);
        em.persist(silence);
        em.flush();
        return SilenceSummary.of(silence, now);
    }

    /** Every silence, or those of one status, the latest to end first. */
    public List<SilenceSummary> list(SilenceStatus status) {
        var now = InstantConverter.now();
        var query = status == null
                ? em.createNamedQuery(Silence.ALL, Silence.class)
                : em.createQuery(
                                switch (status) {
                                    case PENDING -> PENDING;
                                    case ACTIVE -> ACTIVE;
                                    case EXPIRED -> EXPIRED;
                                },
                                Silence.class)
                        .setParameter("now", now);
        var scope = visibility.scope();
        return query.getResultStream()
                .filter(s -> scope.seesTeam(s.getTeam()))
                .map(s -> SilenceSummary.of(s, now))
                .toList();
    }

    public SilenceSummary get(long id) {
        return SilenceSummary.of(find(id), InstantConverter.now());
    }

    /** Changes a pending or active silence; an absent start keeps the one it has. */
    public SilenceSummary update(long id, SilenceDraft draft) {
        var now = InstantConverter.now();
        var silence = changeable(id);
        if (silence.status(now) == SilenceStatus.EXPIRED) {
            throw new ModelValidationException(List.of(new Violation(
                    "id", "the silence expired at " + silence.getEndsAt() + " and cannot change; create a new one")));
        }
        var checked = SilenceDraft.checked(draft, now, silence.getStartsAt());
        silence.change(
                checked.matchers(), checked.startsAt(), checked.endsAt(), checked.createdBy(), checked.comment(), now);
        return SilenceSummary.of(silence, now);
    }

    /** Ends the silence now; one that has expired already stays as it is. */
    public SilenceSummary expire(long id) {
        var now = InstantConverter.now();
        var silence = changeable(id);
        if (silence.status(now) != SilenceStatus.EXPIRED) {
            silence.expire(now);
        }
        return SilenceSummary.of(silence, now);
    }

    private Silence changeable(long id) {
        var silence = find(id);
        if (silence.getTeam() == null && !visibility.scope().all()) {
            throw new NotPermittedException(
                    "the silence mutes every team's alerts; only an administrator changes or expires it");
        }
        return silence;
    }

    private Silence find(long id) {
        var silence = em.find(Silence.class, id);
        if (silence == null || !visibility.scope().seesTeam(silence.getTeam())) {
            throw new AlertingNotFoundException("silence", id);
        }
        return silence;
    }
}
