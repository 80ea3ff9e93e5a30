package io.mdt.engine.bench;

import io.mdt.engine.performance.Performance;
import io.mdt.engine.performance.PerformanceReport;
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
 * Every realized metric of a task in one {@code Performance.evaluate}, on 1,000,000 rows of seeded
 * outputs shaped as {@code bench/generate_performance.py} writes them: binary (calibrated scores,
 * prediction at 0.5), {@code classes}-class, regression. Run with {@code BENCH=PerformanceBenchmark
 * bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PerformanceBenchmark {

    @Param("1000000")
    public int rows;

    @Param("5")
    public int classes;

    private PerformanceData binary;
    private PerformanceData multiclass;
    private PerformanceData regression;

    @Setup
    public void data() {
        binary = PerformanceData.generatedBinary(rows, 1);
        multiclass = PerformanceData.generatedMulticlass(rows, classes, 2);
        regression = PerformanceData.generatedRegression(rows, 3);
    }

    private static PerformanceReport evaluate(PerformanceData data) {
        return Performance.evaluate(data.spec(), data.target(), data.prediction(), data.scores());
    }

    @Benchmark
    public PerformanceReport binary() {
        return evaluate(binary);
    }

    @Benchmark
    public PerformanceReport multiclass() {
        return evaluate(multiclass);
    }

    @Benchmark
    public PerformanceReport regression() {
        return evaluate(regression);
    }
}
