package io.mdt.ingestion.control;

import io.mdt.ingestion.boundary.RejectedRecord;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates prediction records against a version's schema and turns the valid ones into
 * {@code COPY} rows for the version's predictions table. A record:
 *
 * <pre>{"predictionId": "p-1", "timestamp": "2026-11-29T10:15:00Z",
 *  "features": {"age": 42, "country": "DE"}, "prediction": 1,
 *  "scores": {"p_yes": 0.83}, "segments": {"region": "EU"}}</pre>
 *
 * Every feature must be present (null is a missing value); scores and segments may be left
 * out; unknown members are errors, so a misspelt feature is never silently dropped.
 */
public final class PredictionRecords implements BatchReader.RecordConsumer {

    private static final Set<String> MEMBERS =
            Set.of("predictionId", "timestamp", "features", "prediction", "scores", "segments");

    private final List<SchemaColumn> valueColumns;
    private final Map<String, Set<String>> categories;
    private final Set<String> features;
    private final Set<String> scores;
    private final Set<String> segments;
    private final boolean hasPrediction;
    private final CopyRows rows = new CopyRows();
    private final List<RejectedRecord> rejected = new ArrayList<>();

    public PredictionRecords(ModelVersion version) {
        this.valueColumns = version.predictionValueColumns();
        this.categories =
                valueColumns.stream().collect(Collectors.toMap(SchemaColumn::getName, ValueReader::categories));
        this.features = names(version, ColumnRole.FEATURE);
        this.scores = names(version, ColumnRole.PREDICTION_SCORE);
        this.segments = names(version, ColumnRole.SEGMENT);
        this.hasPrediction = version.column(ColumnRole.PREDICTION).isPresent();
    }

    /** The table columns the rows fill, in order. */
    public List<String> sqlColumns() {
        var columns = new ArrayList<>(List.of("prediction_id", "event_time"));
        valueColumns.forEach(c -> columns.add(c.sqlName()));
        return columns;
    }

    @Override
    public void accept(int index, JsonObject record) {
        rows.beginRow();
        try {
            append(rows, record);
            rows.endRow();
        } catch (RecordRejection rejection) {
            rows.discardRow();
            rejected.add(new RejectedRecord(index, rejection.getMessage(), record == null ? null : record.toString()));
        }
    }

    private void append(CopyRows row, JsonObject record) {
        if (record == null) {
            throw new RecordRejection("a record must be a JSON object");
        }
        checkMembers("", record.keySet(), MEMBERS);
        if (!hasPrediction && record.containsKey("prediction")) {
            throw new RecordRejection("this version declares no PREDICTION column; remove member 'prediction'");
        }
        row.text(ValueReader.id(record.get("predictionId")));
        row.text(ValueReader.time("timestamp", record.get("timestamp")).toString());
        var featureValues = section(record, "features", true);
        var scoreValues = section(record, "scores", false);
        var segmentValues = section(record, "segments", false);
        checkMembers("feature ", featureValues.keySet(), features);
        checkMembers("score ", scoreValues.keySet(), scores);
        checkMembers("segment ", segmentValues.keySet(), segments);
        for (var column : valueColumns) {
            var value = switch (column.getRole()) {
                case FEATURE -> required(featureValues, column.getName(), "feature");
                case PREDICTION -> required(record, "prediction", "prediction");
                case PREDICTION_SCORE -> scoreValues.get(column.getName());
                default -> segmentValues.get(column.getName());
            };
            ValueReader.append(row, column, value, categories.get(column.getName()));
        }
    }

    private static JsonObject section(JsonObject record, String member, boolean required) {
        var value = record.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new RecordRejection("missing " + member);
            }
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RecordRejection(member + " must be a JSON object");
        }
        return value.asJsonObject();
    }

    private static JsonValue required(JsonObject values, String name, String what) {
        if (!values.containsKey(name)) {
            throw new RecordRejection("missing " + what + (what.equals(name) ? "" : " '" + name + "'"));
        }
        return values.get(name);
    }

    private static void checkMembers(String what, Set<String> present, Set<String> known) {
        for (var name : present) {
            if (!known.contains(name)) {
                throw new RecordRejection("unknown " + what + "member '" + name + "'");
            }
        }
    }

    private static Set<String> names(ModelVersion version, ColumnRole role) {
        return version.columns(role).stream().map(SchemaColumn::getName).collect(Collectors.toSet());
    }

    public CopyRows rows() {
        return rows;
    }

    public List<RejectedRecord> rejected() {
        return rejected;
    }
}
