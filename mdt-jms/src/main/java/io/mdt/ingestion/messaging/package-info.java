/**
 * Ingestion over JMS: the {@code mdt.predictions} and {@code mdt.actuals} queues take the same
 * JSON as the REST API, one record or a batch per message, with the model and version in the
 * message properties {@code model} and {@code version}.
 */
package io.mdt.ingestion.messaging;
