package io.mdt.engine.cli;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.ColumnType;
import io.mdt.engine.drift.Binning;
import io.mdt.engine.drift.DatasetRule;
import io.mdt.engine.drift.DriftMethod;
import io.mdt.engine.drift.DriftOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the command-line arguments into {@link DriftOptions}, checking names against the columns. */
final class OptionsFromArguments {

    private static final String NUMERICAL = "@numerical";
    private static final String CATEGORICAL = "@categorical";

    private OptionsFromArguments() {}

    static DriftOptions of(CompareArguments args, List<Column> columns) {
        Set<String> names = columns.stream().map(Column::name).collect(Collectors.toSet());
        DriftOptions.Builder builder = DriftOptions.builder();
        for (Map.Entry<String, String> e : args.methods().entrySet()) {
            DriftMethod method = method(e.getValue());
            switch (key(e.getKey(), names)) {
                case "" -> builder.method(method);
                case NUMERICAL -> builder.method(ColumnType.NUMERICAL, method);
                case CATEGORICAL -> builder.method(ColumnType.CATEGORICAL, method);
                default -> builder.method(e.getKey(), method);
            }
        }
        for (Map.Entry<String, Double> e : args.thresholds().entrySet()) {
            switch (key(e.getKey(), names)) {
                case "" -> builder.threshold(e.getValue());
                case NUMERICAL -> builder.threshold(ColumnType.NUMERICAL, e.getValue());
                case CATEGORICAL -> builder.threshold(ColumnType.CATEGORICAL, e.getValue());
                default -> builder.threshold(e.getKey(), e.getValue());
            }
        }
        settings(args.settings(), builder);
        return builder.build();
    }

    private static String key(String key, Set<String> names) {
        if (key.isEmpty() || key.equals(NUMERICAL) || key.equals(CATEGORICAL) || names.contains(key)) {
            return key;
        }
        throw new UsageException("unknown column " + key);
    }

    private static DriftMethod method(String name) {
        if (name.equalsIgnoreCase("auto")) {
            return null;
        }
        return DriftMethod.byName(name).orElseThrow(() -> new UsageException("unknown method " + name));
    }

    private static void settings(Map<String, String> settings, DriftOptions.Builder builder) {
        settings.forEach((key, value) -> {
            switch (key) {
                case "js-base2" -> builder.jensenShannonBase2(true);
                case "mannw-two-sided" -> builder.twoSidedMannWhitney(true);
                case "seed" -> builder.seed(whole(value, Long.MIN_VALUE));
                case "permutations" -> builder.permutations((int) whole(value, 1));
                case "binning" -> builder.binning(binning(value));
                case "dataset-rule" -> builder.datasetRule(rule(value));
                default -> throw new UsageException("unknown setting " + key);
            }
        });
    }

    private static Binning binning(String value) {
        String[] parts = value.split(":", 2);
        Binning.Rule rule;
        try {
            rule = Binning.Rule.valueOf(parts[0].trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown binning " + value + " (evidently, sturges, doane, fixed:N, quantiles:N)");
        }
        boolean counted = rule == Binning.Rule.FIXED || rule == Binning.Rule.QUANTILES;
        if (counted != (parts.length == 2)) {
            throw new UsageException("binning " + value + ": fixed and quantiles take a bin count, the others none");
        }
        return new Binning(rule, counted ? (int) whole(parts[1], 1) : 0);
    }

    private static DatasetRule rule(String value) {
        String[] parts = value.split(":", 2);
        DatasetRule.Kind kind = switch (parts[0].trim().toLowerCase(java.util.Locale.ROOT)) {
            case "share" -> DatasetRule.Kind.SHARE;
            case "bonferroni" -> DatasetRule.Kind.BONFERRONI;
            case "bh", "benjamini-hochberg" -> DatasetRule.Kind.BENJAMINI_HOCHBERG;
            default -> throw new UsageException("unknown dataset rule " + value + " (share:S, bonferroni:A, bh:A)");
        };
        double level =
                parts.length == 2 ? CompareArguments.number(parts[1]) : kind == DatasetRule.Kind.SHARE ? 0.5 : 0.05;
        if (!(level > 0 && level <= 1)) {
            throw new UsageException("dataset rule level must be in (0, 1]: " + value);
        }
        return new DatasetRule(kind, level);
    }

    private static long whole(String text, long minimum) {
        try {
            long value = Long.parseLong(text.trim());
            if (value < minimum) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("not a valid whole number: " + text);
        }
    }
}
