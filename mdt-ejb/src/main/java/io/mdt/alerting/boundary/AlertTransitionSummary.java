package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.AlertTransition;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** One line of an alert's history: what happened, the state it left, who did it or which run. */
public record AlertTransitionSummary(
        Instant at, String kind, String state, String actor, String comment, Long runId, Double value)
        implements Serializable {

    static AlertTransitionSummary of(AlertTransition transition) {
        return new AlertTransitionSummary(
                transition.getAt(),
                transition.getKind().name().toLowerCase(Locale.ROOT),
                transition.getState().name().toLowerCase(Locale.ROOT),
                transition.getActor(),
                transition.getComment(),
                transition.getRunId(),
                transition.getValue());
    }
}
