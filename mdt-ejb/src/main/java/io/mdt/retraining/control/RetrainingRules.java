package io.mdt.retraining.control;

import io.mdt.platform.control.StorableText;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import io.mdt.retraining.boundary.RetrainingDraft;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a retraining request, checked before anything is written: the range (from and to,
 * or a window before to), the hold-out share and the challenger's label.
 */
public final class RetrainingRules {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);
    public static final double DEFAULT_SHARE = 0.2;
    public static final double MIN_SHARE = 0.05;
    public static final double MAX_SHARE = 0.5;
    static final int MAX_LABEL = 100;

    private static final DateTimeFormatter LABEL_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private RetrainingRules() {}

    /** What a valid request asks for, its defaults filled in. */
    public record Plan(String label, Instant from, Instant to, double share) {}

    /**
     * @param base the label of the version trained from, which names a default challenger
     * @throws ModelValidationException listing every rule the request breaks
     */
    public static Plan plan(RetrainingDraft draft, String base, Instant now) {
        var violations = new ArrayList<Violation>();
        var to = draft.to() == null ? now : instant(draft.to(), "to", violations);
        Instant from = null;
        if (draft.from() != null && draft.window() != null) {
            violations.add(new Violation("window", "give either from or window, not both"));
        } else if (draft.from() != null) {
            from = instant(draft.from(), "from", violations);
        } else {
            var window = draft.window() == null ? DEFAULT_WINDOW : duration(draft.window(), violations);
            from = window == null || to == null ? null : to.minus(window);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(new Violation("from", "must be before to"));
        }
        double share = draft.holdoutShare() == null ? DEFAULT_SHARE : draft.holdoutShare();
        if (!(share >= MIN_SHARE && share <= MAX_SHARE)) {
            violations.add(new Violation("holdoutShare", "must be from " + MIN_SHARE + " to " + MAX_SHARE));
        }
        var label = draft.label() == null
                ? base + "-retrained-" + LABEL_TIME.format(now)
                : draft.label().strip();
        if (label.isEmpty() || label.length() > MAX_LABEL || !StorableText.storable(label)) {
            violations.add(new Violation("label", "must be 1 to " + MAX_LABEL + " characters of text"));
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
        return new Plan(label, from, to, share);
    }

    private static Instant instant(String text, String field, List<Violation> violations) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            violations.add(new Violation(field, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z"));
            return null;
        }
    }

    private static Duration duration(String text, List<Violation> violations) {
        try {
            var window = Duration.parse(text.strip());
            if (!window.isNegative() && !window.isZero()) {
                return window;
            }
        } catch (DateTimeParseException notADuration) {
            // told below, as for a duration that is not positive
        }
        violations.add(new Violation("window", "must be a positive ISO-8601 duration such as P30D"));
        return null;
    }
}
