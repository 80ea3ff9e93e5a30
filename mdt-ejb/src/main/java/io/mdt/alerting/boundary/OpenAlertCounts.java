package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.AlertState;
import io.mdt.alerting.entity.Severity;
import java.io.Serializable;

/** Open alerts (firing or acknowledged) by severity, and how many of them are acknowledged. */
public record OpenAlertCounts(long critical, long warning, long info, long acknowledged) implements Serializable {

    public static final OpenAlertCounts NONE = new OpenAlertCounts(0, 0, 0, 0);

    /** {@code count} open alerts of one severity in one state. */
    static OpenAlertCounts of(Severity severity, AlertState state, long count) {
        return new OpenAlertCounts(
                severity == Severity.CRITICAL ? count : 0,
                severity == Severity.WARNING ? count : 0,
                severity == Severity.INFO ? count : 0,
                state == AlertState.ACKNOWLEDGED ? count : 0);
    }

    OpenAlertCounts plus(OpenAlertCounts other) {
        return new OpenAlertCounts(
                critical + other.critical,
                warning + other.warning,
                info + other.info,
                acknowledged + other.acknowledged);
    }

    public long total() {
        return critical + warning + info;
    }
}
