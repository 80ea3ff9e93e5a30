package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.MonitorSummary;
import io.mdt.monitoring.boundary.RunSummary;

/**
 * A monitor beside the latest run it finished, if any.
 *
 * @param progress how far its evaluation has got, in the reader's words and time zone
 */
public record MonitorRow(MonitorSummary monitor, RunSummary latest, String progress) {

    public String schedule() {
        return MonitorWording.schedule(monitor);
    }

    public String window() {
        return MonitorWording.window(monitor);
    }

    /** What the latest run found, in a few words. */
    public String finding() {
        if (latest == null) {
            return "not evaluated yet";
        }
        if (latest.total() == null) {
            return latest.status().name();
        }
        return latest.drifted() + " of " + latest.total() + " features drifted"
                + (Boolean.TRUE.equals(latest.datasetDrift()) ? ", dataset drift" : "")
                + (Boolean.TRUE.equals(latest.degraded()) ? ", performance degraded" : "");
    }
}
