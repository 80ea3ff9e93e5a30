package io.mdt.alerting.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a rule would have said of a model's stored runs: how many runs it read, and each window
 * where its condition held, with whether an alert would have fired there (the condition held
 * in as many consecutive windows as the rule asks).
 */
public record DryRun(int runs, int firing, List<Window> windows) implements Serializable {

    /** A window where the condition held for one subject. */
    public record Window(
            long monitorId,
            String monitor,
            String version,
            long runId,
            Instant windowStart,
            Instant windowEnd,
            String subject,
            Double value,
            boolean fires)
            implements Serializable {}

    /**
     * The runs to read.
     *
     * @param model the model's name or id; for a model's rule, its own model by default
     * @param from windows starting at or after this time (default: all)
     * @param to windows starting before this time (default: all)
     */
    public record Request(RuleDraft rule, String model, Instant from, Instant to) {}
}
