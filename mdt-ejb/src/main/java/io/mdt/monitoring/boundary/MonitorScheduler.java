package io.mdt.monitoring.boundary;

import io.mdt.monitoring.entity.Monitor;
import io.mdt.monitoring.entity.ScheduleKind;
import io.mdt.platform.boundary.CorrelatedWork;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Duration;
import java.util.Set;

/**
 * One persistent EJB timer per monitor, created, replaced and cancelled with it in the
 * monitor's transaction, kept in PostgreSQL so it survives restarts and fires on one
 * instance of a cluster. A firing hands the monitor's due windows to the evaluation queue.
 */
@Stateless
@Interceptors(CorrelatedWork.class)
public class MonitorScheduler {

    @Resource
    TimerService timers;

    @Inject
    Evaluations evaluations;

    public void schedule(Monitor monitor) {
        cancel(Set.of(monitor.getId()));
        var config = new TimerConfig(monitor.getId(), true);
        var settings = monitor.settings();
        if (settings.scheduleKind() == ScheduleKind.CRON) {
            timers.createCalendarTimer(CronSchedule.parse(settings.schedule()), config);
        } else {
            long millis = Duration.parse(settings.schedule()).toMillis();
            timers.createIntervalTimer(millis, millis, config);
        }
    }

    /** Cancels the timers of these monitors, when the surrounding transaction commits. */
    public void cancel(Set<Long> monitorIds) {
        for (var timer : timers.getTimers()) {
            if (timer.getInfo() instanceof Long monitorId && monitorIds.contains(monitorId)) {
                timer.cancel();
            }
        }
    }

    /**
     * Queues the monitor's due windows; a timer whose monitor is gone (removed outside the
     * application, or by a version of MDT that left its timer behind) cancels itself.
     */
    @Timeout
    void fire(Timer timer) {
        if (!evaluations.queueDue((Long) timer.getInfo())) {
            timer.cancel();
        }
    }
}
