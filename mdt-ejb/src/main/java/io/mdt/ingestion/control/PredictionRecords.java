package io.mdt.ingestion.control;

import io.mdt.platform.control.StorableText;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.stream.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *
 * <p>Records are read from the parser's events into one slot per column, with no JSON object
 * or number object built per value: ingestion speed rests on this loop.
 */
public final class PredictionRecords implements BatchReader.RecordConsumer {

    private static final Set<String> MEMBERS =
            Set.of("predictionId", "timestamp", "prediction", "features", "scores", "segments");

    private final List<SchemaColumn> valueColumns;
    private final List<Set<String>> categories;
    private final Map<String, Integer> featureSlots;
    private final Map<String, Integer> scoreSlots;
    private final Map<String, Integer> segmentSlots;
    private final int predictionSlot;
    private final ValueType[] kinds;
    private final String[] texts;
    private final CopyRows rows = new CopyRows();

    public PredictionRecords(ModelVersion version) {
        this.valueColumns = version.predictionValueColumns();
        this.categories = valueColumns.stream().map(ValueReader::categories).toList();
        this.featureSlots = slots(ColumnRole.FEATURE);
        this.scoreSlots = slots(ColumnRole.PREDICTION_SCORE);
        this.segmentSlots = slots(ColumnRole.SEGMENT);
        var prediction = slots(ColumnRole.PREDICTION);
        this.predictionSlot =
                prediction.isEmpty() ? -1 : prediction.values().iterator().next();
        this.kinds = new ValueType[valueColumns.size()];
        this.texts = new String[valueColumns.size()];
    }

    private Map<String, Integer> slots(ColumnRole role) {
        var slots = new HashMap<String, Integer>();
        for (int i = 0; i < valueColumns.size(); i++) {
            if (valueColumns.get(i).getRole() == role) {
                slots.put(valueColumns.get(i).getName(), i);
            }
        }
        return slots;
    }

    /** The table columns the rows fill, in order. */
    public List<String> sqlColumns() {
        var columns = new ArrayList<>(List.of("prediction_id", "event_time"));
        valueColumns.forEach(c -> columns.add(c.sqlName()));
        return columns;
    }

    @Override
    public String accept(JsonParser parser) {
        var record = new Reading();
        for (var event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            var member = parser.getString();
            record.member(member, parser, parser.next());
        }
        if (record.problem != null) {
            return record.problem;
        }
        rows.beginRow();
        try {
            record.write();
            rows.endRow();
            return null;
        } catch (RecordRejection rejection) {
            rows.discardRow();
            return rejection.getMessage();
        }
    }

    /** One record's values as read, before validation. */
    private final class Reading {
        private ValueType idKind;
        private String id;
        private ValueType timeKind;
        private String time;
        private boolean featuresSeen;
        private String problem;
        private final Set<String> members = new HashSet<>(8);

        Reading() {
            Arrays.fill(kinds, null);
        }

        void member(String member, JsonParser parser, JsonParser.Event event) {
            if (MEMBERS.contains(member) && !members.add(member)) {
                note("member '" + member + "' appears twice; each member may appear once");
            }
            switch (member) {
                case "predictionId" -> {
                    idKind = ValueReader.kind(event);
                    id = scalar(parser, event);
                }
                case "timestamp" -> {
                    timeKind = ValueReader.kind(event);
                    time = scalar(parser, event);
                }
                case "prediction" -> prediction(parser, event);
                case "features" -> {
                    featuresSeen = event != JsonParser.Event.VALUE_NULL;
                    section("features", "feature", featureSlots, parser, event);
                }
                case "scores" -> section("scores", "score", scoreSlots, parser, event);
                case "segments" -> section("segments", "segment", segmentSlots, parser, event);
                default -> {
                    note("unknown member " + StorableText.quote(member));
                    skip(parser, event);
                }
            }
        }

        private void prediction(JsonParser parser, JsonParser.Event event) {
            if (predictionSlot < 0) {
                note("this version declares no PREDICTION column; remove member 'prediction'");
                skip(parser, event);
                return;
            }
            capture(predictionSlot, parser, event);
        }

        private void section(
                String member, String what, Map<String, Integer> slots, JsonParser parser, JsonParser.Event event) {
            if (event == JsonParser.Event.VALUE_NULL) {
                return;
            }
            if (event != JsonParser.Event.START_OBJECT) {
                note(member + " must be a JSON object");
                skip(parser, event);
                return;
            }
            for (var next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                var name = parser.getString();
                var valueEvent = parser.next();
                var slot = slots.get(name);
                if (slot == null) {
                    note("unknown " + what + " member " + StorableText.quote(name));
                    skip(parser, valueEvent);
                } else if (kinds[slot] != null) {
                    note(what + " '" + name + "' appears twice; each member may appear once");
                    skip(parser, valueEvent);
                } else {
                    capture(slot, parser, valueEvent);
                }
            }
        }

        private void capture(int slot, JsonParser parser, JsonParser.Event event) {
            kinds[slot] = ValueReader.kind(event);
            texts[slot] = scalar(parser, event);
        }

        private void note(String reason) {
            if (problem == null) {
                problem = reason;
            }
        }

        void write() {
            rows.key(ValueReader.id(idKind, id));
            var instant = ValueReader.time("timestamp", timeKind, time);
            rows.text(timeKind == ValueType.STRING ? time : instant.toString());
            if (!featuresSeen) {
                throw new RecordRejection("missing features");
            }
            for (int slot = 0; slot < valueColumns.size(); slot++) {
                var column = valueColumns.get(slot);
                if (kinds[slot] == null && column.getRole() == ColumnRole.FEATURE) {
                    throw new RecordRejection("missing feature '" + column.getName() + "'");
                }
                if (kinds[slot] == null && slot == predictionSlot) {
                    throw new RecordRejection("missing prediction");
                }
                ValueReader.append(rows, column, kinds[slot], texts[slot], categories.get(slot));
            }
        }
    }

    private static String scalar(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.VALUE_STRING || event == JsonParser.Event.VALUE_NUMBER) {
            return parser.getString();
        }
        skip(parser, event);
        return null;
    }

    private static void skip(JsonParser parser, JsonParser.Event event) {
        if (event == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    public CopyRows rows() {
        return rows;
    }
}
