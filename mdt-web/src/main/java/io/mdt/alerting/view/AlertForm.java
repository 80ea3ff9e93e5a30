package io.mdt.alerting.view;

import io.mdt.alerting.boundary.AlertAction;
import io.mdt.alerting.boundary.AlertSummary;
import io.mdt.alerting.boundary.SilenceDraft;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The action dialog of the Alerts page: which action on which alert, who acts and why, and for
 * a silence how long it lasts. Who acts is kept from one action to the next, until requests
 * carry an authenticated user.
 */
public class AlertForm implements Serializable {

    /** What the dialog does, with the words of its button. */
    public enum Action {
        ACKNOWLEDGE("Acknowledge"),
        UNACKNOWLEDGE("Un-acknowledge"),
        RESOLVE("Resolve"),
        SILENCE("Silence");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** The silence durations offered, in hours. */
    public static final List<Integer> SILENCE_HOURS = List.of(1, 4, 24);

    private Action action;
    private long alertId;
    private String alertSummary;
    private Map<String, String> labels = Map.of();
    private String comment;
    private int hours = SILENCE_HOURS.get(0);

    void open(Action action, AlertSummary alert) {
        this.action = action;
        this.alertId = alert.id();
        this.alertSummary = alert.summary();
        this.labels = alert.labels();
        this.comment = null;
        this.hours = SILENCE_HOURS.get(0);
    }

    AlertAction alertAction(String by) {
        return new AlertAction(by, comment);
    }

    /** A silence of this alert from now for the chosen hours. */
    SilenceDraft silence(Instant now, String by) {
        return new SilenceDraft(
                AlertMatchers.of(labels), null, now.plus(Duration.ofHours(hours)), by, comment, labels.get("team"));
    }

    public Action getAction() {
        return action;
    }

    public long getAlertId() {
        return alertId;
    }

    public String getAlertSummary() {
        return alertSummary;
    }

    /** The silence's matchers, to show before it is created. */
    public String getMatchers() {
        return AlertMatchers.of(labels).toString();
    }

    public List<Integer> getSilenceHours() {
        return SILENCE_HOURS;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }
}
