package io.mdt.alerting.control;

import java.util.Map;

/**
 * What a rule saw of one subject in one run: the figure, whether the rule's condition holds,
 * and the figures the alert's templates may quote besides the value.
 *
 * @param subject the column, metric or monitor name; empty for the model as a whole
 */
public record Observation(String subject, Double value, boolean holds, Map<String, String> figures) {}
