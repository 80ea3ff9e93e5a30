/**
 * Message-driven adapter of the MLflow component: {@code mdt.mlflow} (log a finished run's
 * figures to MLflow). The listener calls one boundary method and decides, from the delivery
 * count, whether a failure is delivered again or dead-lettered with its reason.
 */
package io.mdt.mlflow.messaging;
