/**
 * Message-driven adapters of the alerting component: {@code mdt.alerting} (evaluate the rules
 * after a run) and {@code mdt.notifications} (flush a group, deliver a notification). Each
 * listener calls one boundary method; the boundaries own the transactions and the records.
 */
package io.mdt.alerting.messaging;
