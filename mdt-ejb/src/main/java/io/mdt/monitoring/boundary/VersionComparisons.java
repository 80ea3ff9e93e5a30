package io.mdt.monitoring.boundary;

import io.mdt.engine.performance.Task;
import io.mdt.monitoring.control.ComparisonData;
import io.mdt.monitoring.control.ComparisonWindows;
import io.mdt.monitoring.control.PerformanceComparison;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether one version of a model really performs better than another: champion against challenger on
 * the prediction ids both scored (paired), or one version against itself (or another) in two periods.
 * Reads only; nothing is stored, so a comparison is as fresh as the actuals.
 */
@Stateless
public class VersionComparisons {

    @Inject
    ModelVersions versions;

    @Inject
    ComparisonData data;

    /**
     * @throws ModelValidationException when the request breaks a rule, the versions cannot be compared
     *     or the range holds too many predictions
     */
    public VersionComparison compare(String model, ComparisonRequest request) {
        var plan = ComparisonRules.plan(request);
        var first = versions.version(model, plan.first());
        var second = versions.version(model, plan.second());
        checkComparable(first, second);
        var metrics = ComparisonRules.metrics(
                request.metrics(), first.performanceSpec().task());
        return plan.periods() ? periods(plan, first, second, metrics) : paired(plan, first, second, metrics);
    }

    private VersionComparison paired(
            ComparisonRules.Plan plan, ModelVersion first, ModelVersion second, List<String> metrics) {
        var rows = measurable(() -> data.paired(first, second, plan.from(), plan.to(), ComparisonRules.MAX_ROWS));
        checkSize("from", rows.size());
        var overall = PerformanceComparison.paired(rows.first(), rows.second(), metrics);
        var windows = new ArrayList<WindowComparison>();
        if (plan.window() != null) {
            int count = plan.windows();
            double start = plan.from().toEpochMilli() / 1000.0;
            double width = plan.window().toMillis() / 1000.0;
            var byWindow = ComparisonWindows.split(rows.times(), start, width, count);
            for (int k = 0; k < count; k++) {
                var windowStart = plan.from().plus(plan.window().multipliedBy(k));
                var windowEnd = k == count - 1 ? plan.to() : windowStart.plus(plan.window());
                var compared = PerformanceComparison.window(rows.first(), rows.second(), metrics, byWindow[k]);
                windows.add(new WindowComparison(windowStart, windowEnd, byWindow[k].length, table(compared)));
            }
        }
        return new VersionComparison(
                first.getModel().getName(),
                first.getLabel(),
                second.getLabel(),
                "PAIRED",
                plan.from(),
                plan.to(),
                null,
                null,
                rows.size(),
                rows.size(),
                table(overall),
                windows);
    }

    private VersionComparison periods(
            ComparisonRules.Plan plan, ModelVersion first, ModelVersion second, List<String> metrics) {
        var before = measurable(() -> data.period(first, plan.from(), plan.to(), ComparisonRules.MAX_ROWS));
        checkSize("from", before.size());
        var after = measurable(() -> data.period(second, plan.secondFrom(), plan.secondTo(), ComparisonRules.MAX_ROWS));
        checkSize("secondFrom", after.size());
        var compared = PerformanceComparison.independent(before.first(), after.first(), metrics);
        return new VersionComparison(
                first.getModel().getName(),
                first.getLabel(),
                second.getLabel(),
                "PERIODS",
                plan.from(),
                plan.to(),
                plan.secondFrom(),
                plan.secondTo(),
                before.size(),
                after.size(),
                table(compared),
                List.of());
    }

    /** Both need actuals of one type (they are read as one column) and, when binary, one positive class. */
    private static void checkComparable(ModelVersion first, ModelVersion second) {
        var violations = new ArrayList<Violation>();
        var firstTarget = first.column(ColumnRole.TARGET).map(SchemaColumn::getType);
        var secondTarget = second.column(ColumnRole.TARGET).map(SchemaColumn::getType);
        if (firstTarget.isEmpty() || secondTarget.isEmpty()) {
            violations.add(new Violation("first", "both versions need a target column to be measured"));
        } else if (firstTarget.get() != secondTarget.get()) {
            violations.add(new Violation(
                    "second",
                    "its target is " + secondTarget.get() + ", the first's " + firstTarget.get()
                            + "; the actuals must be of one type"));
        }
        if (first.performanceSpec().task() == Task.BINARY
                && !first.positiveClass().equals(second.positiveClass())) {
            violations.add(new Violation(
                    "second",
                    "its positive class is '" + second.positiveClass() + "', the first's '" + first.positiveClass()
                            + "'; the metrics would not measure the same"));
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(violations);
        }
    }

    private static void checkSize(String field, int rows) {
        if (rows > ComparisonRules.MAX_ROWS) {
            throw new ModelValidationException(List.of(new Violation(
                    field,
                    "the range holds more than " + ComparisonRules.MAX_ROWS
                            + " labelled predictions, the limit of one comparison; narrow it")));
        }
    }

    /** Outputs the engine refuses (a labelled row without a prediction, a score outside [0, 1]): 400. */
    private static ComparisonData.Rows measurable(java.util.function.Supplier<ComparisonData.Rows> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException unusable) {
            throw new ModelValidationException(List.of(
                    new Violation("body", "the versions' outputs cannot be measured: " + unusable.getMessage())));
        }
    }

    private static List<MetricComparison> table(List<io.mdt.monitoring.control.ComparedMetric> compared) {
        return compared.stream().map(MetricComparison::of).toList();
    }
}
