package io.mdt.monitoring.boundary;

import io.mdt.monitoring.entity.MetricThreshold;
import io.mdt.registry.boundary.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks how a client sets one metric's bounds, naming each rule the setting breaks. */
final class MetricThresholds {

    private static final Set<String> KINDS = Set.of("FIXED", "RELATIVE", "STANDARD_DEVIATION");
    private static final double MAX_K = 100;

    /** The most a RELATIVE threshold lets a metric grow: a hundredfold, beyond which no bound is meant. */
    private static final double MAX_GROWTH = 100;

    private MetricThresholds() {}

    /** The checked rule, or null after adding the violations to {@code violations}. */
    static MetricThreshold check(String field, ThresholdDraft draft, List<Violation> violations) {
        if (draft == null || draft.kind() == null) {
            violations.add(new Violation(field + ".kind", "must be one of FIXED, RELATIVE, STANDARD_DEVIATION"));
            return null;
        }
        var kind = draft.kind().strip().toUpperCase(Locale.ROOT);
        int before = violations.size();
        switch (kind) {
            case "FIXED" -> {
                finite(field + ".lower", draft.lower(), violations);
                finite(field + ".upper", draft.upper(), violations);
                if (draft.lower() == null && draft.upper() == null) {
                    violations.add(new Violation(field, "a FIXED threshold needs 'lower', 'upper' or both"));
                } else if (draft.lower() != null && draft.upper() != null && draft.lower() > draft.upper()) {
                    violations.add(new Violation(field, "'lower' must not exceed 'upper'"));
                }
                unused(field, "k", draft.k(), violations);
            }
            case "RELATIVE" -> {
                fraction(field + ".lower", draft.lower(), 1, violations);
                fraction(field + ".upper", draft.upper(), MAX_GROWTH, violations);
                if (draft.lower() == null && draft.upper() == null) {
                    violations.add(
                            new Violation(
                                    field,
                                    "a RELATIVE threshold needs the fraction allowed below ('lower'), above ('upper') or both"));
                }
                unused(field, "k", draft.k(), violations);
            }
            case "STANDARD_DEVIATION" -> {
                if (draft.k() != null && (!Double.isFinite(draft.k()) || draft.k() <= 0 || draft.k() > MAX_K)) {
                    violations.add(new Violation(field + ".k", "must be a number above 0 and at most " + (int) MAX_K));
                }
                unused(field, "lower", draft.lower(), violations);
                unused(field, "upper", draft.upper(), violations);
            }
            default -> violations.add(new Violation(field + ".kind", "must be one of " + String.join(", ", KINDS)));
        }
        if (violations.size() > before) {
            return null;
        }
        var k = kind.equals("STANDARD_DEVIATION") && draft.k() == null ? MetricThreshold.DEFAULT.k() : draft.k();
        return new MetricThreshold(kind, draft.lower(), draft.upper(), k);
    }

    private static void finite(String field, Double value, List<Violation> violations) {
        if (value != null && !Double.isFinite(value)) {
            violations.add(new Violation(field, "must be a finite number"));
        }
    }

    private static void fraction(String field, Double value, double maximum, List<Violation> violations) {
        if (value != null && (!Double.isFinite(value) || value < 0 || value > maximum)) {
            violations.add(
                    new Violation(field, "must be a fraction from 0 to " + (int) maximum + ", e.g. 0.05 for 5%"));
        }
    }

    private static void unused(String field, String part, Double value, List<Violation> violations) {
        if (value != null) {
            violations.add(new Violation(field + "." + part, "does not apply to this kind of threshold"));
        }
    }
}
