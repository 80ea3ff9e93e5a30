package io.mdt.alerting.view;

import io.mdt.alerting.boundary.AlertAction;
import io.mdt.alerting.boundary.AlertSummary;
import java.io.Serializable;

/**
 * The action dialog of the Alerts page: which action on which alert, who acts and why. Who
 * acts is kept from one action to the next, until requests carry an authenticated user
 * (issue 11).
 */
public class AlertForm implements Serializable {

    /** What the dialog does, with the words of its button. */
    public enum Action {
        ACKNOWLEDGE("Acknowledge"),
        UNACKNOWLEDGE("Un-acknowledge"),
        RESOLVE("Resolve");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    private Action action;
    private long alertId;
    private String alertSummary;
    private String by;
    private String comment;

    void open(Action action, AlertSummary alert) {
        this.action = action;
        this.alertId = alert.id();
        this.alertSummary = alert.summary();
        this.comment = null;
    }

    AlertAction alertAction() {
        return new AlertAction(by, comment);
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

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
