package io.mdt.engine.drift;

import io.mdt.engine.data.Column;
import io.mdt.engine.report.ColumnDrift;
import io.mdt.engine.report.DriftReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Entry point: compares a reference dataset with a current one, column by column in parallel (the
 * common fork-join pool), and applies the dataset rule. Thread-safe and stateless apart from its
 * options, so one instance can serve every evaluation.
 *
 * <pre>{@code
 * DriftEngine engine = new DriftEngine(DriftOptions.builder().method("age", DriftMethod.PSI).build());
 * DriftReport report = engine.compare(
 *         List.of(new NumericalColumn("age", refAges), new CategoricalColumn("city", refCodes, cities)),
 *         List.of(new NumericalColumn("age", curAges), new CategoricalColumn("city", curCodes, cities)));
 * }</pre>
 */
public final class DriftEngine {

    /** Told after each column, from any thread. */
    @FunctionalInterface
    public interface Progress {
        void columnDone(int done, int total);
    }

    private final DriftOptions options;

    public DriftEngine(DriftOptions options) {
        this.options = options;
    }

    /** Compares the columns of the reference with the current columns of the same name. */
    public DriftReport compare(List<? extends Column> reference, List<? extends Column> current) {
        return compare(reference, current, (done, total) -> {});
    }

    public DriftReport compare(List<? extends Column> reference, List<? extends Column> current, Progress progress) {
        Map<String, Column> byName = new HashMap<>();
        current.forEach(c -> byName.put(c.name(), c));
        AtomicInteger done = new AtomicInteger();
        ColumnComparison comparison = new ColumnComparison(options);
        List<ColumnDrift> columns = IntStream.range(0, reference.size())
                .parallel()
                .mapToObj(i -> {
                    Column r = reference.get(i);
                    Column c = byName.get(r.name());
                    ColumnDrift result = c == null
                            ? ColumnComparison.failure(r, "is absent from the current data")
                            : comparison.compare(r, c);
                    progress.columnDone(done.incrementAndGet(), reference.size());
                    return result;
                })
                .toList();
        return summarise(columns);
    }

    /** Compares a single column. */
    public ColumnDrift compare(Column reference, Column current) {
        return new ColumnComparison(options).compare(reference, current);
    }

    private DriftReport summarise(List<ColumnDrift> columns) {
        List<ColumnDrift> evaluated = new ArrayList<>();
        columns.stream().filter(c -> !c.failed()).forEach(evaluated::add);
        boolean[] drifted = new boolean[evaluated.size()];
        double[] pValues = new double[evaluated.size()];
        for (int i = 0; i < drifted.length; i++) {
            ColumnDrift c = evaluated.get(i);
            drifted[i] = c.drift();
            boolean pValue = DriftMethod.byName(c.method())
                    .map(m -> m.verdict().isPValue())
                    .orElse(false);
            pValues[i] = pValue && c.score() != null ? c.score() : Double.NaN;
        }
        int count = 0;
        for (boolean d : drifted) {
            count += d ? 1 : 0;
        }
        DatasetRule rule = options.datasetRule();
        return new DriftReport(
                columns,
                count,
                evaluated.size(),
                columns.size() - evaluated.size(),
                DatasetRule.share(drifted),
                rule.drift(drifted, pValues),
                ruleName(rule));
    }

    private static String ruleName(DatasetRule rule) {
        return switch (rule.kind()) {
            case SHARE -> "share>=" + rule.level();
            case BONFERRONI -> "bonferroni(" + rule.level() + ")";
            case BENJAMINI_HOCHBERG -> "benjamini-hochberg(" + rule.level() + ")";
        };
    }
}
