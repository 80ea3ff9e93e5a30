package io.mdt.alerting.entity;

/** The body a webhook channel posts: Alertmanager's webhook JSON, or Slack's {@code {"text": ...}}. */
public enum BodyFormat {
    ALERTMANAGER,
    SLACK
}
