package io.mdt.alerting.entity;

/** Where a channel sends notifications. */
public enum ChannelKind {
    /** An HTTP POST of JSON (Alertmanager's webhook body, or Slack's), signed with the channel's secret. */
    WEBHOOK,
    /** An e-mail through the server's mail session {@code mail/mdt}. */
    EMAIL,
    /** A message on the topic {@code mdt.alerts}. */
    JMS,
    /** An external Prometheus Alertmanager's {@code /api/v2/alerts}. */
    ALERTMANAGER;

    /**
     * Whether the channel is told of firing alerts at every flush of their group, not only when
     * they change: Alertmanager resolves an alert that is not sent again before it ends.
     */
    public boolean resendsFiring() {
        return this == ALERTMANAGER;
    }
}
