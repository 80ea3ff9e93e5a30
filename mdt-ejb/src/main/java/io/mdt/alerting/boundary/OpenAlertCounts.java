package io.mdt.alerting.boundary;

import java.io.Serializable;

/** Open alerts (firing or acknowledged) by severity, and how many of them are acknowledged. */
public record OpenAlertCounts(long critical, long warning, long info, long acknowledged) implements Serializable {

    public long total() {
        return critical + warning + info;
    }
}
