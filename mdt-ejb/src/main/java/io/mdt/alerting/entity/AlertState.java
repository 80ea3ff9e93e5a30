package io.mdt.alerting.entity;

/** Where an alert is in its lifecycle: firing, acknowledged by someone while firing, resolved. */
public enum AlertState {
    FIRING,
    ACKNOWLEDGED,
    RESOLVED;

    public boolean open() {
        return this != RESOLVED;
    }
}
