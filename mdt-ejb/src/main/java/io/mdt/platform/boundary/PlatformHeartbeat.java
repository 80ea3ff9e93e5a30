package io.mdt.platform.boundary;

import io.mdt.platform.entity.TimerHeartbeat;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Records a heartbeat every ten seconds from a persistent EJB timer.
 *
 * <p>Persistent timers live in the shared database ({@code EJB__TIMER__TBL}); in a Payara
 * cluster each belongs to one instance, so it fires once per interval whatever the number
 * of instances, and is migrated to a survivor when its owner fails.
 */
@Stateless
public class PlatformHeartbeat {

    public static final String NAME = "platform";

    @PersistenceContext
    EntityManager em;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = true, info = "platform heartbeat")
    void beat() {
        var now = Instant.now();
        var heartbeat = em.find(TimerHeartbeat.class, NAME, LockModeType.PESSIMISTIC_WRITE);
        if (heartbeat == null) {
            em.persist(new TimerHeartbeat(NAME, now));
        } else {
            heartbeat.beat(now);
        }
    }

    public HeartbeatStatus status() {
        var heartbeat = em.find(TimerHeartbeat.class, NAME);
        return heartbeat == null
                ? new HeartbeatStatus(NAME, null, 0)
                : new HeartbeatStatus(NAME, heartbeat.getLastRun(), heartbeat.getRunCount());
    }
}
