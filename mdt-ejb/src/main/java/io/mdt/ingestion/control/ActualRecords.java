package io.mdt.ingestion.control;

import io.mdt.platform.boundary.MalformedJsonException;
import io.mdt.platform.control.StorableText;
import io.mdt.platform.control.StrictJson;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.util.List;
import java.util.Set;

/**
 * Validates actual outcomes against the version's TARGET column and turns them into
 * {@code COPY} rows for its actuals table. A record:
 *
 * <pre>{"predictionId": "p-1", "actual": 1, "timestamp": "2026-11-30T08:00:00Z"}</pre>
 *
 * The time is when the outcome became known; without one, the time of arrival is taken. The
 * prediction need not have arrived yet: actuals are joined to predictions by id when read.
 */
public final class ActualRecords implements BatchReader.RecordConsumer {

    /** The table columns the rows fill, in order. */
    public static final List<String> SQL_COLUMNS = List.of("prediction_id", "actual", "actual_time");

    private static final Set<String> MEMBERS = Set.of("predictionId", "actual", "timestamp");

    private final SchemaColumn target;
    private final Set<String> categories;
    private final CopyRows rows = new CopyRows();

    public ActualRecords(ModelVersion version) {
        this.target = version.column(ColumnRole.TARGET).orElse(null);
        this.categories = target == null ? Set.of() : ValueReader.categories(target);
    }

    @Override
    public String accept(JsonParser parser) {
        JsonObject record;
        try {
            record = StrictJson.object(parser, "record");
        } catch (MalformedJsonException e) {
            return e.getMessage();
        }
        rows.beginRow();
        try {
            append(record);
            rows.endRow();
            return null;
        } catch (RecordRejection rejection) {
            rows.discardRow();
            return rejection.getMessage();
        }
    }

    private void append(JsonObject record) {
        if (target == null) {
            throw new RecordRejection("this version declares no TARGET column, so it takes no actuals");
        }
        for (var name : record.keySet()) {
            if (!MEMBERS.contains(name)) {
                throw new RecordRejection("unknown member " + StorableText.quote(name));
            }
        }
        rows.key(ValueReader.id(record.get("predictionId")));
        if (!record.containsKey("actual")) {
            throw new RecordRejection("missing actual");
        }
        ValueReader.append(rows, target, record.get("actual"), categories);
        var time = record.containsKey("timestamp")
                ? ValueReader.time("timestamp", record.get("timestamp"))
                : InstantConverter.now();
        rows.text(time.toString());
    }

    public CopyRows rows() {
        return rows;
    }
}
