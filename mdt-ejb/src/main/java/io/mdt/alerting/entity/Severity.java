package io.mdt.alerting.entity;

import java.util.Locale;

/** How urgent an alert is, as Alertmanager's conventional {@code severity} label says it. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    /** The label value: {@code info}, {@code warning} or {@code critical}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
