package io.mdt.engine.drift;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.ColumnType;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.quality.ColumnQuality;
import io.mdt.engine.quality.QualityCheck;
import io.mdt.engine.report.ColumnDistribution;
import io.mdt.engine.report.ColumnDrift;
import io.mdt.engine.report.SampleCounts;

/**
 * Compares one column: prepares both sides once (sorted finite values, or category counts), resolves
 * the method and threshold, runs the test and gathers data quality. A test that is undefined on the
 * data yields a column with an error message, never an exception.
 */
final class ColumnComparison {

    /** {@code auto} only asks whether there are more than five distinct values. */
    private static final int AUTO_DISTINCT = 6;

    private final DriftOptions options;

    ColumnComparison(DriftOptions options) {
        this.options = options;
    }

    ColumnDrift compare(Column reference, Column current) {
        if (reference.type() != current.type()) {
            return failure(
                    reference,
                    "is " + reference.type().label() + " in the reference but "
                            + current.type().label() + " in the current data");
        }
        return reference instanceof NumericalColumn r
                ? numerical(r, (NumericalColumn) current)
                : categorical((CategoricalColumn) reference, (CategoricalColumn) current);
    }

    static ColumnDrift failure(Column column, String message) {
        return new ColumnDrift(
                column.name(), column.type().label(), null, null, null, null, false, null, null, null, message, null);
    }

    private ColumnDrift numerical(NumericalColumn referenceColumn, NumericalColumn currentColumn) {
        NumericalPair pair = new NumericalPair(referenceColumn.values(), currentColumn.values());
        RawSummary reference = pair.referenceSummary();
        RawSummary current = pair.currentSummary();
        String name = referenceColumn.name();
        DriftMethod method = options.methodFor(name, ColumnType.NUMERICAL);
        if (method == null) {
            int distinct = RawSummary.distinct(referenceColumn.values(), currentColumn.values(), AUTO_DISTINCT);
            method = AutoMethod.choose(ColumnType.NUMERICAL, reference.finite(), distinct);
        }
        ColumnQuality quality = QualityCheck.numerical(
                reference.finite(),
                reference.min(),
                reference.max(),
                current.finite(),
                current.min(),
                current.max(),
                RawSummary.outside(currentColumn.values(), reference.min(), reference.max()),
                referenceColumn.rows(),
                currentColumn.rows(),
                referenceColumn.invalid(),
                currentColumn.invalid());
        Evaluation evaluation = new Evaluation(name, ColumnType.NUMERICAL, method, quality, Distributions.binned(pair));
        SampleCounts referenceCounts = counts(reference, referenceColumn.invalid());
        SampleCounts currentCounts = counts(current, currentColumn.invalid());
        String empty = emptySide(reference.finite(), current.finite());
        if (empty != null) {
            return evaluation.failed(referenceCounts, currentCounts, empty);
        }
        DriftMethod chosen = method;
        return evaluation.run(referenceCounts, currentCounts, () -> chosen.test(pair, options));
    }

    private ColumnDrift categorical(CategoricalColumn referenceColumn, CategoricalColumn currentColumn) {
        CategoryCounts counts = CategoryCounts.of(referenceColumn, currentColumn);
        String name = referenceColumn.name();
        long nRef = counts.referenceTotal();
        long nCur = counts.currentTotal();
        DriftMethod method = options.methodFor(name, ColumnType.CATEGORICAL);
        if (method == null) {
            method = AutoMethod.choose(ColumnType.CATEGORICAL, nRef, counts.size());
        }
        ColumnQuality quality = QualityCheck.categorical(
                counts.reference(), counts.current(), referenceColumn.rows(), currentColumn.rows());
        Evaluation evaluation =
                new Evaluation(name, ColumnType.CATEGORICAL, method, quality, Distributions.categories(counts));
        SampleCounts referenceCounts = new SampleCounts(nRef, referenceColumn.rows() - nRef, 0, 0);
        SampleCounts currentCounts = new SampleCounts(nCur, currentColumn.rows() - nCur, 0, 0);
        String empty = emptySide(nRef, nCur);
        if (empty != null) {
            return evaluation.failed(referenceCounts, currentCounts, empty);
        }
        DriftMethod chosen = method;
        return evaluation.run(referenceCounts, currentCounts, () -> chosen.test(counts, options));
    }

    private static String emptySide(long reference, long current) {
        if (reference == 0) {
            return "the reference has no non-missing values";
        }
        return current == 0 ? "the current data has no non-missing values" : null;
    }

    private static SampleCounts counts(RawSummary sample, long invalid) {
        return new SampleCounts(sample.finite(), sample.missing() - invalid, sample.infinite(), invalid);
    }

    /** The parts of a column result known before the test runs. */
    private final class Evaluation {
        private final String name;
        private final ColumnType type;
        private final DriftMethod method;
        private final double threshold;
        private final ColumnQuality quality;
        private final ColumnDistribution distribution;

        Evaluation(
                String name,
                ColumnType type,
                DriftMethod method,
                ColumnQuality quality,
                ColumnDistribution distribution) {
            this.name = name;
            this.type = type;
            this.method = method;
            this.threshold = options.thresholdFor(name, type, method);
            this.quality = quality;
            this.distribution = distribution;
        }

        ColumnDrift run(SampleCounts reference, SampleCounts current, java.util.function.Supplier<TestOutcome> test) {
            TestOutcome outcome;
            try {
                outcome = test.get();
            } catch (UndefinedTestException e) {
                return failed(reference, current, method.evidentlyName() + ": " + e.getMessage());
            }
            if (Double.isNaN(outcome.score())) {
                return failed(reference, current, method.evidentlyName() + ": undefined on these samples");
            }
            boolean drift = method.verdict().drift(outcome.score(), threshold);
            return new ColumnDrift(
                    name,
                    type.label(),
                    method.evidentlyName(),
                    threshold,
                    finite(outcome.score()),
                    finite(outcome.statistic()),
                    drift,
                    reference,
                    current,
                    quality,
                    null,
                    distribution);
        }

        ColumnDrift failed(SampleCounts reference, SampleCounts current, String message) {
            return new ColumnDrift(
                    name,
                    type.label(),
                    method.evidentlyName(),
                    threshold,
                    null,
                    null,
                    false,
                    reference,
                    current,
                    quality,
                    message,
                    distribution);
        }

        private Double finite(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }
}
