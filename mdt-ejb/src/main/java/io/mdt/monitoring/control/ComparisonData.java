package io.mdt.monitoring.control;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.LabelledOutputs;
import io.mdt.registry.control.VersionTables;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the labelled predictions two versions are compared on, straight into decoded outputs. Paired:
 * the prediction ids both versions scored, each with the first version's actual or, failing that, the
 * second's (a client may send actuals to either). A period: one version's predictions with its own
 * actuals. Rows are ordered by prediction id so that the bootstrap, seeded, gives the same interval
 * on the same data. At most {@code limit + 1} rows are read, so a caller can refuse a range that is
 * too large without reading all of it.
 */
@ApplicationScoped
public class ComparisonData {

    @Inject
    WindowData data;

    /**
     * The labelled rows, their event times (epoch seconds) and each side's decoded outputs.
     *
     * @param times each row's event time, in epoch seconds
     * @param first the first version's outputs on the rows
     * @param second the second's; for a period, null until paired with another period
     */
    public record Rows(double[] times, LabelledOutputs first, LabelledOutputs second) {

        public int size() {
            return times.length;
        }
    }

    /** @throws IllegalArgumentException when a version's outputs cannot be measured */
    public Rows paired(ModelVersion first, ModelVersion second, Instant from, Instant to, int limit) {
        var target = first.column(ColumnRole.TARGET).orElseThrow();
        var firstOutputs = outputs(first);
        var secondOutputs = outputs(second);
        var columns = new ArrayList<SchemaColumn>(List.of(WindowData.EVENT_TIME, target));
        columns.addAll(firstOutputs);
        columns.addAll(secondOutputs);
        var select = "SELECT " + WindowData.EVENT_EPOCH + ", " + WindowData.EVENT_EPOCH
                + ", COALESCE(a.actual, b.actual)" + list(firstOutputs, "p.")
                + list(secondOutputs, "q.") + " FROM " + VersionTables.predictions(first.getId()) + " p JOIN "
                + VersionTables.predictions(second.getId()) + " q ON q.prediction_id = p.prediction_id LEFT JOIN "
                + VersionTables.actuals(first.getId()) + " a ON a.prediction_id = p.prediction_id LEFT JOIN "
                + VersionTables.actuals(second.getId()) + " b ON b.prediction_id = p.prediction_id"
                + " WHERE COALESCE(a.actual, b.actual) IS NOT NULL" + range(from, to)
                + " ORDER BY p.prediction_id LIMIT " + (limit + 1L);
        var sample = data.read(select, columns).columns();
        var firstColumns = sample.subList(2, 2 + firstOutputs.size());
        var secondColumns = sample.subList(2 + firstOutputs.size(), sample.size());
        return new Rows(
                ((NumericalColumn) sample.get(0)).values(),
                decode(first, sample.get(1), firstColumns),
                decode(second, sample.get(1), secondColumns));
    }

    /** @throws IllegalArgumentException when the version's outputs cannot be measured */
    public Rows period(ModelVersion version, Instant from, Instant to, int limit) {
        var outputs = outputs(version);
        var columns = new ArrayList<SchemaColumn>(
                List.of(WindowData.EVENT_TIME, version.column(ColumnRole.TARGET).orElseThrow()));
        columns.addAll(outputs);
        var select = "SELECT " + WindowData.EVENT_EPOCH + ", " + WindowData.EVENT_EPOCH + ", a.actual"
                + list(outputs, "p.") + " FROM "
                + VersionTables.predictions(version.getId()) + " p JOIN " + VersionTables.actuals(version.getId())
                + " a ON a.prediction_id = p.prediction_id WHERE a.actual IS NOT NULL" + range(from, to)
                + " ORDER BY p.prediction_id LIMIT " + (limit + 1L);
        var sample = data.read(select, columns).columns();
        return new Rows(
                ((NumericalColumn) sample.get(0)).values(),
                decode(version, sample.get(1), sample.subList(2, sample.size())),
                null);
    }

    /** The prediction column (when there is one), then the score columns performance reads. */
    private static List<SchemaColumn> outputs(ModelVersion version) {
        var outputs = new ArrayList<SchemaColumn>();
        version.column(ColumnRole.PREDICTION).ifPresent(outputs::add);
        outputs.addAll(version.scoreColumns());
        return outputs;
    }

    private static LabelledOutputs decode(ModelVersion version, Column target, List<Column> outputs) {
        boolean hasPrediction = version.column(ColumnRole.PREDICTION).isPresent();
        var prediction = hasPrediction ? outputs.get(0) : null;
        var scores = outputs.subList(hasPrediction ? 1 : 0, outputs.size()).stream()
                .map(NumericalColumn.class::cast)
                .toList();
        return LabelledOutputs.of(version.performanceSpec(), target, prediction, scores);
    }

    private static String list(List<SchemaColumn> columns, String prefix) {
        return columns.stream().map(c -> ", " + prefix + c.sqlName()).collect(Collectors.joining());
    }

    /** Instants print as ISO-8601, so no request text reaches the SQL. */
    private static String range(Instant from, Instant to) {
        return (from == null ? "" : " AND p.event_time >= '" + from + "'")
                + (to == null ? "" : " AND p.event_time < '" + to + "'");
    }
}
