/**
 * Monitoring: monitors that evaluate a model version's predictions window by window against
 * a reference dataset, on a schedule kept by persistent EJB timers; the evaluation runs with
 * their per-column results; and the status of each model derived from its latest runs.
 *
 * <p>Owns monitors, runs and results, the fan-out of due windows to the
 * {@code mdt.evaluations} queue and the {@code mdt.drift} events, and the timers, which it
 * cancels with the monitors of versions the registry removes. The statistics themselves
 * are the engine's; the data is ingestion's.
 */
package io.mdt.monitoring;
