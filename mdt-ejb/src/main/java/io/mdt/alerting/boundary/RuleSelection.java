package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.AlertRule;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Which of the rules seen by a model apply: a model's rule that overrides a global one replaces it. */
final class RuleSelection {

    private RuleSelection() {}

    static List<AlertRule> effective(List<AlertRule> rules) {
        Set<Long> overridden = rules.stream()
                .filter(r -> !r.isGlobal())
                .map(AlertRule::getOverrides)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return rules.stream()
                .filter(r -> !(r.isGlobal() && overridden.contains(r.getId())))
                .filter(AlertRule::isEnabled)
                .toList();
    }
}
