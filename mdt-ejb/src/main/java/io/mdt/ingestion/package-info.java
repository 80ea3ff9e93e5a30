/**
 * Ingestion of what models do in production: every prediction (id, time, features, the
 * prediction, scores, segment tags) and, later, each actual outcome, over REST and JMS.
 *
 * <p>Owns the reading and validation of records against a version's schema and their
 * storage in the version's typed tables by binary-safe {@code COPY}; duplicates of a
 * prediction id are stored once. Does not own the schema (registry) or evaluations.
 */
package io.mdt.ingestion;
