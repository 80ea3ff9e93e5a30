package io.mdt.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A seeded stream of predictions with ten numerical features, standard normal, of which the
 * chosen ones move by half a standard deviation from a known time on.
 */
final class SyntheticStream {

    static final int FEATURES = 10;

    private final Random random;
    private final Set<Integer> shifted;
    private final Instant shiftAt;

    SyntheticStream(long seed, Set<Integer> shifted, Instant shiftAt) {
        this.random = new Random(seed);
        this.shifted = shifted;
        this.shiftAt = shiftAt;
    }

    static String schema(String label) {
        var columns = new StringJoiner(",\n");
        columns.add("{\"name\": \"id\", \"role\": \"ID\"}");
        columns.add("{\"name\": \"time\", \"role\": \"TIMESTAMP\"}");
        for (int f = 0; f < FEATURES; f++) {
            columns.add("{\"name\": \"f" + f + "\", \"role\": \"FEATURE\", \"type\": \"NUMERICAL\"}");
        }
        columns.add("{\"name\": \"score\", \"role\": \"PREDICTION\", \"type\": \"NUMERICAL\"}");
        columns.add("{\"name\": \"outcome\", \"role\": \"TARGET\", \"type\": \"NUMERICAL\"}");
        return "{\"label\": \"" + label + "\", \"columns\": [" + columns + "]}";
    }

    /** Reference rows as CSV, all unshifted. */
    String referenceCsv(int rows) {
        var csv = new StringBuilder();
        var header = new StringJoiner(",");
        for (int f = 0; f < FEATURES; f++) {
            header.add("f" + f);
        }
        csv.append(header).append(",score\n");
        for (int i = 0; i < rows; i++) {
            for (int f = 0; f < FEATURES; f++) {
                csv.append(format(random.nextGaussian())).append(',');
            }
            csv.append(format(random.nextDouble())).append('\n');
        }
        return csv.toString();
    }

    /** A JSON batch of predictions spaced evenly from {@code start}. */
    String batch(String prefix, int from, int count, Instant start, Duration spacing) {
        var batch = new StringJoiner(",", "[", "]");
        for (int i = from; i < from + count; i++) {
            var time = start.plus(spacing.multipliedBy(i));
            var features = new StringJoiner(", ");
            for (int f = 0; f < FEATURES; f++) {
                double shift = shifted.contains(f) && !time.isBefore(shiftAt) ? 0.5 : 0;
                features.add("\"f" + f + "\": " + format(random.nextGaussian() + shift));
            }
            batch.add("{\"predictionId\": \"" + prefix + i + "\", \"timestamp\": \"" + time + "\", \"features\": {"
                    + features + "}, \"prediction\": " + format(random.nextDouble()) + "}");
        }
        return batch.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
