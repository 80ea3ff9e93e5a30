package io.mdt.engine.performance;

import io.mdt.engine.performance.Performance.Direction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each task's metrics in report order, with the way each improves and the range of its values. */
final class Catalogue {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** One metric: its name, which way is better, and its valid range. */
    private record Metric(String name, Direction direction, double low, double high) {}

    private static final Map<Task, List<Metric>> METRICS = Map.of(
            Task.BINARY,
            List.of(
                    higher("accuracy"),
                    higher("balanced_accuracy"),
                    higher("precision"),
                    higher("recall"),
                    higher("f1"),
                    higher("specificity"),
                    new Metric("mcc", Direction.HIGHER_IS_BETTER, -1, 1),
                    higher("roc_auc"),
                    higher("average_precision"),
                    new Metric("log_loss", Direction.LOWER_IS_BETTER, 0, INF),
                    new Metric("brier", Direction.LOWER_IS_BETTER, 0, 1)),
            Task.MULTICLASS,
            List.of(
                    higher("accuracy"),
                    higher("balanced_accuracy"),
                    higher("precision_macro"),
                    higher("recall_macro"),
                    higher("f1_macro"),
                    higher("precision_weighted"),
                    higher("recall_weighted"),
                    higher("f1_weighted"),
                    higher("precision_micro"),
                    higher("recall_micro"),
                    higher("f1_micro"),
                    higher("roc_auc_ovr"),
                    higher("roc_auc_ovr_weighted"),
                    new Metric("log_loss", Direction.LOWER_IS_BETTER, 0, INF),
                    new Metric("mcc", Direction.HIGHER_IS_BETTER, -1, 1)),
            Task.REGRESSION,
            List.of(
                    new Metric("mean_error", Direction.LOWER_IS_BETTER, -INF, INF),
                    error("mae"),
                    error("mse"),
                    error("rmse"),
                    error("mape"),
                    error("median_absolute_error"),
                    error("max_error"),
                    new Metric("r2", Direction.HIGHER_IS_BETTER, -INF, 1),
                    new Metric("explained_variance", Direction.HIGHER_IS_BETTER, -INF, 1)));

    private static final Map<String, Metric> BY_NAME = byName();

    private Catalogue() {}

    static List<String> names(Task task) {
        return METRICS.get(task).stream().map(Metric::name).toList();
    }

    static Direction direction(String name) {
        return metric(name).direction();
    }

    static double[] range(String name) {
        Metric metric = metric(name);
        return new double[] {metric.low(), metric.high()};
    }

    private static Metric metric(String name) {
        Metric metric = BY_NAME.get(name);
        if (metric == null) {
            throw new IllegalArgumentException("unknown metric " + name + "; one of " + BY_NAME.keySet());
        }
        return metric;
    }

    private static Metric higher(String name) {
        return new Metric(name, Direction.HIGHER_IS_BETTER, 0, 1);
    }

    private static Metric error(String name) {
        return new Metric(name, Direction.LOWER_IS_BETTER, 0, INF);
    }

    /** Metrics shared by tasks (accuracy, log_loss, mcc) have the same direction and range in each. */
    private static Map<String, Metric> byName() {
        Map<String, Metric> byName = new LinkedHashMap<>();
        for (Task task : Task.values()) {
            METRICS.get(task).forEach(m -> byName.putIfAbsent(m.name(), m));
        }
        return byName;
    }
}
