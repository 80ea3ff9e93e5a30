package io.mdt.monitoring.boundary;

import io.mdt.engine.performance.Performance;
import io.mdt.engine.performance.Task;
import io.mdt.platform.control.StorableTime;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The rules of a comparison request, all checked before any data is read so that a client sees every
 * mistake at once. The limits keep one request within seconds: {@value #MAX_ROWS} labelled
 * predictions per side (decoded in memory, then resampled) and {@value #MAX_WINDOWS} windows.
 */
final class ComparisonRules {

    static final int MAX_ROWS = 1_000_000;
    static final int MAX_WINDOWS = 200;

    private final List<Violation> violations = new ArrayList<>();

    /**
     * A request read and checked: the times and window parsed.
     *
     * @param window the window length, null for no breakdown
     * @param periods whether two periods are compared (unpaired) rather than paired predictions
     */
    record Plan(
            String first,
            String second,
            Instant from,
            Instant to,
            Duration window,
            Instant secondFrom,
            Instant secondTo,
            boolean periods) {

        int windows() {
            long millis = Duration.between(from, to).toMillis();
            return (int) Math.min(Integer.MAX_VALUE, (millis + window.toMillis() - 1) / window.toMillis());
        }
    }

    /** @throws ModelValidationException listing every broken rule */
    static Plan plan(ComparisonRequest request) {
        if (request == null) {
            throw new ModelValidationException(List.of(new Violation("body", "must be a comparison request")));
        }
        return new ComparisonRules().check(request);
    }

    private Plan check(ComparisonRequest request) {
        var first = label("first", request.first());
        var second = label("second", request.second());
        var from = time("from", request.from());
        var to = time("to", request.to());
        var secondFrom = time("secondFrom", request.secondFrom());
        var secondTo = time("secondTo", request.secondTo());
        order("from", from, "to", to);
        order("secondFrom", secondFrom, "secondTo", secondTo);
        boolean periods = secondFrom != null || secondTo != null;
        var window = window(request.window(), from, to, periods);
        if (request.metrics() != null && request.metrics().isEmpty()) {
            violations.add(new Violation("metrics", "must name at least one metric, or be left out for all"));
        }
        fail();
        var plan = new Plan(first, second, from, to, window, secondFrom, secondTo, periods);
        if (window != null && plan.windows() > MAX_WINDOWS) {
            violations.add(new Violation(
                    "window", "makes " + plan.windows() + " windows from 'from' to 'to'; at most " + MAX_WINDOWS));
        }
        fail();
        return plan;
    }

    /** The metrics asked for, each one of the task's, in the order given; all of them by default. */
    static List<String> metrics(List<String> requested, Task task) {
        var known = Performance.names(task);
        if (requested == null) {
            return known;
        }
        var violations = new ArrayList<Violation>();
        var seen = new HashSet<String>();
        for (int i = 0; i < requested.size(); i++) {
            var metric = requested.get(i);
            if (metric == null || !known.contains(metric)) {
                violations.add(new Violation("metrics[" + i + "]", "must be one of " + String.join(", ", known)));
            } else if (!seen.add(metric)) {
                violations.add(new Violation("metrics[" + i + "]", "repeats " + metric));
            }
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
        return List.copyOf(requested);
    }

    private String label(String field, String text) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "is required: a version label"));
            return null;
        }
        return text.strip();
    }

    private Instant time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            var time = Instant.parse(text.strip());
            if (StorableTime.storable(time)) {
                return time;
            }
        } catch (DateTimeParseException unreadable) {
            // reported below
        }
        violations.add(
                new Violation(field, "must be an ISO-8601 time such as 2026-11-29T00:00:00Z, " + StorableTime.RANGE));
        return null;
    }

    private void order(String fromField, Instant from, String toField, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(new Violation(fromField, "must be a time before '" + toField + "'"));
        }
    }

    private Duration window(String text, Instant from, Instant to, boolean periods) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Duration window = null;
        try {
            window = Duration.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            // reported below
        }
        if (window == null || window.getSeconds() < 1) {
            violations.add(new Violation("window", "must be an ISO-8601 duration of at least 1 s, e.g. PT1H"));
        } else if (periods) {
            violations.add(new Violation("window", "applies to paired comparisons only, not to two periods"));
        } else if (from == null || to == null) {
            violations.add(new Violation("window", "needs both 'from' and 'to', where the windows start and end"));
        }
        return window;
    }

    private void fail() {
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
    }
}
