/**
 * The audit log: an append-only record of every change to MDT's configuration (models, versions,
 * reference datasets, monitors, alert rules, silences, inhibitions, channels, routes, accounts,
 * API keys, and alerts as people act on them), with who made it, when, and the state before and
 * after; of every sign-in and refused credential; and of every use of a write endpoint with an
 * API key.
 *
 * <p>Changes are caught for every entity by one JPA default listener ({@code META-INF/orm.xml})
 * and written in the transaction of the change, so that a change and its entry commit or roll
 * back together; {@link io.mdt.audit.control.AuditedTypes} says which entities are audited and
 * which are not, and a test fails for an entity it does not name. Secrets (password hashes, key
 * hashes, channel secrets) are masked. High-volume data (predictions, actuals, runs, results,
 * notifications, alerts raised by the evaluator, heartbeats) is not audited.
 *
 * <p>It does not own who the caller is ({@code security}), and never updates or deletes an entry:
 * the database refuses that.
 */
package io.mdt.audit;
