package io.mdt.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of {@code compare}, parsed but not yet checked against the data.
 *
 * @param reference reference CSV
 * @param current current CSV
 * @param methods method names by key: "" for the global one, a column name, or "@numerical" /
 *     "@categorical" for a column type
 * @param thresholds thresholds by the same keys
 * @param categorical columns declared categorical
 * @param numerical columns declared numerical
 * @param columns columns to compare, empty for all common columns
 * @param format json, text or html
 * @param failOnDrift exit 1 when the dataset drifts
 * @param settings the engine options without a column key: binning, js-base2, mannw-two-sided,
 *     seed, permutations, dataset-rule
 */
record CompareArguments(
        Path reference,
        Path current,
        Map<String, String> methods,
        Map<String, Double> thresholds,
        Set<String> categorical,
        Set<String> numerical,
        List<String> columns,
        String format,
        boolean failOnDrift,
        Map<String, String> settings) {

    static final String USAGE = "usage: mdt-engine compare --reference REF.csv --current CUR.csv"
            + " [--method METHOD | --method COLUMN=METHOD ...] [--threshold T | --threshold COLUMN=T ...]"
            + " [--categorical COL,COL] [--numerical COL,COL] [--columns COL,COL] [--format json|text|html]"
            + " [--fail-on-drift] [--binning evidently|sturges|doane|fixed:N|quantiles:N] [--js-base2]"
            + " [--mannw-two-sided] [--seed N] [--permutations N] [--dataset-rule share:S|bonferroni:A|bh:A]";

    static CompareArguments parse(List<String> args) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> methods = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        Set<String> categorical = new LinkedHashSet<>();
        Set<String> numerical = new LinkedHashSet<>();
        List<String> columns = new ArrayList<>();
        boolean failOnDrift = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            String inline = null;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                inline = option.substring(eq + 1);
                option = option.substring(0, eq);
            }
            switch (option) {
                case "--fail-on-drift" -> failOnDrift = flag(option, inline);
                case "--js-base2", "--mannw-two-sided" -> settings.put(option.substring(2), "" + flag(option, inline));
                case "--reference", "--current", "--format" -> values.put(option, value(args, i++, option, inline));
                case "--method" -> keyed(value(args, i++, option, inline), methods, s -> s);
                case "--threshold" -> keyed(value(args, i++, option, inline), thresholds, CompareArguments::number);
                case "--categorical" -> categorical.addAll(list(value(args, i++, option, inline)));
                case "--numerical" -> numerical.addAll(list(value(args, i++, option, inline)));
                case "--columns" -> columns.addAll(list(value(args, i++, option, inline)));
                case "--binning", "--seed", "--permutations", "--dataset-rule" ->
                    settings.put(option.substring(2), value(args, i++, option, inline));
                default -> throw new UsageException("unknown option " + option + "; " + USAGE);
            }
            if (inline != null) {
                i--;
            }
        }
        String format = values.getOrDefault("--format", "json");
        if (!Set.of("json", "text", "html").contains(format)) {
            throw new UsageException("unknown format " + format + " (json, text or html)");
        }
        return new CompareArguments(
                path(values, "--reference"),
                path(values, "--current"),
                methods,
                thresholds,
                categorical,
                numerical,
                columns,
                format,
                failOnDrift,
                settings);
    }

    private static boolean flag(String option, String inline) {
        if (inline != null) {
            throw new UsageException(option + " takes no value");
        }
        return true;
    }

    private static String value(List<String> args, int i, String option, String inline) {
        if (inline != null) {
            return inline;
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i + 1);
    }

    private static <T> void keyed(String value, Map<String, T> into, java.util.function.Function<String, T> parse) {
        int eq = value.lastIndexOf('=');
        String key = eq < 0 ? "" : value.substring(0, eq).trim();
        if (eq == 0) {
            throw new UsageException("missing column name in " + value);
        }
        into.put(key, parse.apply(value.substring(eq + 1).trim()));
    }

    static double number(String text) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("not a number: " + text);
        }
    }

    private static List<String> list(String value) {
        List<String> names = new ArrayList<>();
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return names;
    }

    private static Path path(Map<String, String> values, String option) {
        String value = values.get(option);
        if (value == null) {
            throw new UsageException(option + " is required; " + USAGE);
        }
        return Path.of(value);
    }
}
