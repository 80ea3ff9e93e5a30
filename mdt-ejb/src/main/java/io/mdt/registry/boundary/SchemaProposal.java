package io.mdt.registry.boundary;

import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.TaskType;
import io.mdt.registry.entity.ValueType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.ParsePosition;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A version's schema proposed from a sample of its data as CSV, for a person to check and edit
 * before saving: each header is a column, its type read from the values of the first
 * {@value #SAMPLE_ROWS} rows (numbers, true and false, otherwise categories) and its role from
 * its name ({@code id}, {@code timestamp}, {@code prediction}, {@code score}, {@code target}
 * and their usual spellings), a feature when the name says nothing. A sample without an id or a
 * timestamp column gets one of each, as every schema has them.
 */
public final class SchemaProposal {

    static final int SAMPLE_ROWS = 1_000;

    private static final Set<String> IDS = Set.of("id", "uuid", "key", "request", "prediction_id", "request_id");
    private static final Set<String> TIMES =
            Set.of("time", "timestamp", "ts", "datetime", "date", "event_time", "created", "created_at");
    private static final Set<String> TARGETS =
            Set.of("target", "label", "actual", "y", "y_true", "truth", "ground_truth", "outcome");
    private static final Set<String> PREDICTIONS =
            Set.of("prediction", "predicted", "pred", "y_pred", "y_hat", "output", "predicted_class");
    private static final Set<String> SCORES = Set.of("score", "proba", "probability", "y_score", "y_proba");

    private SchemaProposal() {}

    /**
     * The columns of the sample's header with their proposed roles and types; a sample without a
     * header, with a blank or repeated name, or that is not CSV is refused with a violation of
     * the field {@code sample}.
     */
    public static List<ColumnDraft> of(Reader csv, TaskType task) {
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .get()
                .parse(csv)) {
            var names = parser.getHeaderNames();
            check(names);
            var samples = new ArrayList<List<String>>();
            names.forEach(name -> samples.add(new ArrayList<>()));
            for (CSVRecord row : parser) {
                if (row.getRecordNumber() > SAMPLE_ROWS) {
                    break;
                }
                for (int i = 0; i < names.size() && i < row.size(); i++) {
                    if (!row.get(i).isBlank()) {
                        samples.get(i).add(row.get(i).strip());
                    }
                }
            }
            var columns = new ArrayList<ColumnDraft>();
            for (int i = 0; i < names.size(); i++) {
                columns.add(column(names.get(i), samples.get(i), task));
            }
            addMissing(columns, ColumnRole.ID, "id", "prediction_id");
            addMissing(columns, ColumnRole.TIMESTAMP, "timestamp", "event_time");
            return List.copyOf(columns);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw refused("is not CSV with a header row: " + unreadable.getMessage());
        }
    }

    private static void check(List<String> names) {
        if (names.isEmpty()) {
            throw refused("has no header row naming its columns");
        }
        var seen = new HashSet<String>();
        for (var name : names) {
            if (name.isBlank()) {
                throw refused("has a column without a name in its header");
            }
            if (!seen.add(name)) {
                throw refused("names the column " + name + " twice");
            }
        }
    }

    /**
     * A schema has one id and one timestamp column; a sample without them (a reference extract
     * often has neither) gets them under the first free name, since predictions carry both.
     */
    private static void addMissing(List<ColumnDraft> columns, ColumnRole role, String name, String otherName) {
        if (columns.stream().anyMatch(c -> c.role().equals(role.name()))) {
            return;
        }
        var taken = columns.stream().map(ColumnDraft::name).toList();
        columns.add(new ColumnDraft(taken.contains(name) ? otherName : name, role.name(), null, null, null, List.of()));
    }

    private static ColumnDraft column(String name, List<String> values, TaskType task) {
        var type = typeOf(values);
        var role = roleOf(key(name), values, type, task);
        return new ColumnDraft(
                name,
                role.name(),
                role == ColumnRole.ID || role == ColumnRole.TIMESTAMP ? null : type.name(),
                null,
                null,
                List.of());
    }

    private static ValueType typeOf(List<String> values) {
        if (values.isEmpty()) {
            return ValueType.NUMERICAL;
        }
        if (all(values, v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))) {
            return ValueType.BOOLEAN;
        }
        return all(values, SchemaProposal::isNumber) ? ValueType.NUMERICAL : ValueType.CATEGORICAL;
    }

    private static ColumnRole roleOf(String key, List<String> values, ValueType type, TaskType task) {
        if (IDS.contains(key) || key.endsWith("_id")) {
            return ColumnRole.ID;
        }
        if (TIMES.contains(key) || (!values.isEmpty() && all(values, SchemaProposal::isInstant))) {
            return ColumnRole.TIMESTAMP;
        }
        if (TARGETS.contains(key)) {
            return ColumnRole.TARGET;
        }
        if (PREDICTIONS.contains(key)) {
            return ColumnRole.PREDICTION;
        }
        boolean score = SCORES.contains(key) || key.endsWith("_proba") || key.endsWith("_probability");
        if (score) {
            return task == TaskType.REGRESSION ? ColumnRole.PREDICTION : ColumnRole.PREDICTION_SCORE;
        }
        return ColumnRole.FEATURE;
    }

    /** A header as the name rules read it: lower case, words joined by underscores. */
    private static String key(String name) {
        return name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    private static boolean all(List<String> values, Predicate<String> test) {
        return values.stream().allMatch(test);
    }

    private static boolean isNumber(String value) {
        try {
            return Double.isFinite(Double.parseDouble(value)) || value.matches("[+-]?(?i)(inf|infinity|nan)");
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** An ISO-8601 date, or date and time with or without an offset, as predictions carry them. */
    private static boolean isInstant(String value) {
        return parses(DateTimeFormatter.ISO_DATE_TIME, value) || parses(DateTimeFormatter.ISO_DATE, value);
    }

    private static boolean parses(DateTimeFormatter format, String value) {
        var position = new ParsePosition(0);
        return format.parseUnresolved(value, position) != null && position.getIndex() == value.length();
    }

    private static ModelValidationException refused(String message) {
        return new ModelValidationException(List.of(new Violation("sample", message)));
    }
}
