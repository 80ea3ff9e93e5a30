/**
 * Alerting: rules over the figures each committed run records (and a freshness rule checked
 * by a persistent timer), the alerts they raise with Alertmanager's lifecycle plus
 * acknowledgement and a full history, silences and inhibitions that mute notifications, and
 * the channels, routes and groups that notify people and systems.
 *
 * <p>Owns rules, alerts and their transitions, silences, inhibitions, channels, routes,
 * notification groups and notifications, the {@code mdt.alerting} and
 * {@code mdt.notifications} queues and the {@code mdt.alerts} topic. It reads runs and
 * monitors through the monitoring boundary and models through the registry's; it never
 * changes them.
 */
package io.mdt.alerting;
