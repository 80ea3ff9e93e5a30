/**
 * Message-driven adapter of the retraining component: {@code mdt.retraining} (run a queued
 * retraining). The listener calls one boundary method, which owns the transactions of the steps.
 */
package io.mdt.retraining.messaging;
