package io.mdt.monitoring.boundary;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.monitoring.control.WindowData;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.control.VersionTables;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.SchemaColumn;
import io.mdt.registry.entity.ValueType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A version's predictions that have an actual, with every feature they were made on: what a
 * model is trained again on. Rows come ordered by prediction id, so the same range gives the
 * same rows in the same order; at most {@code limit + 1} are read, so a caller can refuse a
 * range that is too large without reading all of it.
 */
@Stateless
public class LabelledPredictions {

    private static final SchemaColumn PREDICTION_ID =
            new SchemaColumn(-1, "prediction_id", ColumnRole.ID, ValueType.CATEGORICAL, null, null, null, null);

    @Inject
    ModelVersions versions;

    @Inject
    WindowData data;

    /**
     * The labelled rows.
     *
     * @param ids each row's prediction id
     * @param times each row's event time
     * @param features the version's features, in schema order
     * @param types each feature's type
     * @param target the actuals
     */
    public record Rows(String[] ids, Instant[] times, List<Column> features, List<ValueType> types, Column target) {

        public int size() {
            return ids.length;
        }

        /** The row's features as a prediction record gives them: numbers, text, booleans or null. */
        public JsonObject record(int row) {
            var record = Json.createObjectBuilder();
            for (int i = 0; i < features.size(); i++) {
                var name = features.get(i).name();
                if (features.get(i) instanceof NumericalColumn numbers) {
                    double value = numbers.values()[row];
                    if (Double.isNaN(value)) {
                        record.addNull(name);
                    } else {
                        record.add(name, value);
                    }
                    continue;
                }
                var categories = (CategoricalColumn) features.get(i);
                int code = categories.codes()[row];
                if (code < 0) {
                    record.addNull(name);
                } else if (types.get(i) == ValueType.BOOLEAN) {
                    record.add(name, Boolean.parseBoolean(categories.dictionary()[code]));
                } else {
                    record.add(name, categories.dictionary()[code]);
                }
            }
            return record.build();
        }
    }

    /** The labelled predictions of the version with an event time in {@code [from, to)}. */
    public Rows read(String model, String label, Instant from, Instant to, int limit) {
        var version = versions.version(model, label);
        var target = version.column(ColumnRole.TARGET)
                .orElseThrow(() -> new IllegalArgumentException("the version has no target column"));
        var features = version.columns(ColumnRole.FEATURE);
        var columns = new ArrayList<SchemaColumn>(List.of(WindowData.EVENT_TIME, PREDICTION_ID));
        columns.addAll(features);
        columns.add(target);
        var select = "SELECT " + WindowData.EVENT_EPOCH + ", " + WindowData.EVENT_EPOCH + ", p.prediction_id"
                + features.stream().map(c -> ", p." + c.sqlName()).collect(Collectors.joining()) + ", a.actual FROM "
                + VersionTables.predictions(version.getId()) + " p JOIN " + VersionTables.actuals(version.getId())
                + " a ON a.prediction_id = p.prediction_id WHERE a.actual IS NOT NULL AND p.event_time >= '"
                + from + "' AND p.event_time < '" + to + "' ORDER BY p.prediction_id LIMIT " + (limit + 1L);
        var read = data.read(select, columns).columns();
        var seconds = ((NumericalColumn) read.get(0)).values();
        var times = new Instant[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            times[i] = Instant.ofEpochMilli(Math.round(seconds[i] * 1000));
        }
        return new Rows(
                texts((CategoricalColumn) read.get(1)),
                times,
                List.copyOf(read.subList(2, 2 + features.size())),
                features.stream().map(SchemaColumn::getType).toList(),
                read.get(read.size() - 1));
    }

    private static String[] texts(CategoricalColumn column) {
        var dictionary = column.dictionary();
        var codes = column.codes();
        var texts = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            texts[i] = dictionary[codes[i]];
        }
        return texts;
    }
}
