package io.mdt.engine.bench;

import io.mdt.engine.drift.DriftEngine;
import io.mdt.engine.drift.DriftMethod;
import io.mdt.engine.drift.DriftOptions;
import io.mdt.engine.report.DriftReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whole drift reports on the workloads: 100 numerical columns of 1,000,000 reference and
 * 1,000,000 current rows with {@code auto} (resolving to wasserstein) and {@code ks}, and 20
 * categorical columns with {@code jensenshannon} and {@code chisquare}. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DriftBenchmark {

    @Param("1000000")
    public int rows;

    @Param("100")
    public int numericalColumns;

    @Param("20")
    public int categoricalColumns;

    private BenchmarkData numerical;
    private BenchmarkData categorical;

    @Setup
    public void data() {
        numerical = BenchmarkData.generatedNumerical(rows, numericalColumns, 1);
        categorical = BenchmarkData.generatedCategorical(rows, categoricalColumns, 2);
    }

    private static DriftReport report(DriftMethod method, BenchmarkData data) {
        return new DriftEngine(DriftOptions.builder().method(method).build()).compare(data.reference(), data.current());
    }

    @Benchmark
    public DriftReport numericalAuto() {
        return report(null, numerical);
    }

    @Benchmark
    public DriftReport numericalKs() {
        return report(DriftMethod.KS, numerical);
    }

    @Benchmark
    public DriftReport categoricalJensenShannon() {
        return report(DriftMethod.JENSENSHANNON, categorical);
    }

    @Benchmark
    public DriftReport categoricalChiSquare() {
        return report(DriftMethod.CHISQUARE, categorical);
    }
}
