/**
 * Serving: the model a version's predictions come from, uploaded as an artifact, scored on
 * request and logged into the monitoring pipeline as that version's predictions, so that a model
 * MDT serves is monitored with no work on the client's side.
 *
 * <p>Owns the {@code VersionArtifact} entity, the models loaded from artifacts, and the
 * cluster-wide cache of scored inputs. It reads versions through the registry's boundary and
 * stores predictions through the ingestion boundary, with the same validation as every other
 * prediction.
 */
package io.mdt.serving;
