/** Evaluation workers: message-driven beans that evaluate one window per request from {@code mdt.evaluations}. */
package io.mdt.monitoring.messaging;
