package io.mdt.monitoring.control;

import io.mdt.engine.data.ColumnType;
import io.mdt.engine.drift.DatasetRule;
import io.mdt.engine.drift.DriftMethod;
import io.mdt.engine.drift.DriftOptions;
import io.mdt.monitoring.entity.MonitorSettings;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a monitor's test settings into the engine's options. Keys name a column, a type
 * ({@code @numerical}, {@code @categorical}) or all columns ({@code *}); the engine looks a
 * column's method and threshold up in that order, and {@code auto} means the engine's choice.
 */
public final class DriftSettings {

    public static final String ALL = "*";
    public static final String NUMERICAL = "@numerical";
    public static final String CATEGORICAL = "@categorical";
    public static final String AUTO = "auto";

    private DriftSettings() {}

    /**
     * The engine's options for the monitor, with the thresholds learned from the reference
     * ({@link DriftBaselines}) in place of the fixed ones of their columns.
     */
    public static DriftOptions options(MonitorSettings settings, Map<String, Double> learned) {
        var builder =
                DriftOptions.builder().datasetRule(rule(settings.datasetRule()).orElseThrow());
        settings.methods()
                .forEach((key, name) -> method(name).ifPresent(method -> {
                    switch (key) {
                        case ALL -> builder.method(method);
                        case NUMERICAL -> builder.method(ColumnType.NUMERICAL, method);
                        case CATEGORICAL -> builder.method(ColumnType.CATEGORICAL, method);
                        default -> builder.method(key, method);
                    }
                }));
        settings.thresholds().forEach((key, value) -> {
            double threshold = Double.parseDouble(value);
            switch (key) {
                case ALL -> builder.threshold(threshold);
                case NUMERICAL -> builder.threshold(ColumnType.NUMERICAL, threshold);
                case CATEGORICAL -> builder.threshold(ColumnType.CATEGORICAL, threshold);
                default -> builder.threshold(key, threshold);
            }
        });
        learned.forEach(builder::threshold);
        return builder.build();
    }

    /** The engine's test of that name; empty for {@code auto}. */
    public static Optional<DriftMethod> method(String name) {
        if (AUTO.equalsIgnoreCase(name.strip())) {
            return Optional.empty();
        }
        return Optional.of(DriftMethod.byName(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown drift test '" + name + "'")));
    }

    public static boolean isKnownMethod(String name) {
        return name != null
                && (AUTO.equalsIgnoreCase(name.strip())
                        || DriftMethod.byName(name).isPresent());
    }

    /** Reads {@code share:0.5}, {@code bonferroni:0.05} or {@code bh:0.05}. */
    public static Optional<DatasetRule> rule(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var parts = text.strip().toLowerCase(Locale.ROOT).split(":");
        if (parts.length != 2) {
            return Optional.empty();
        }
        var kind = Map.of(
                        "share", DatasetRule.Kind.SHARE,
                        "bonferroni", DatasetRule.Kind.BONFERRONI,
                        "bh", DatasetRule.Kind.BENJAMINI_HOCHBERG)
                .get(parts[0]);
        try {
            double level = Double.parseDouble(parts[1]);
            return kind == null || !(level > 0 && level <= 1)
                    ? Optional.empty()
                    : Optional.of(new DatasetRule(kind, level));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
