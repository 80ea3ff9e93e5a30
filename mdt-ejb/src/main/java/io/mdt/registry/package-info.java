/**
 * The model registry: which models MDT watches, with their task type, description and owner.
 *
 * <p>Owns the {@code MonitoredModel} aggregate, its validation and uniqueness rules, the
 * cluster-wide cache of the model list and the {@code model-events} notifications. It does
 * not own model versions, reference data or evaluations; when a model's versions are removed it
 * tells the components that do ({@code VersionsRemoved}), inside the removing transaction.
 */
package io.mdt.registry;
