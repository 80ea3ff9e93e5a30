package io.mdt.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdt.engine.report.ColumnDrift;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the SciPy reference vectors: same resolved method, score within 1e-6 + 1e-4 |expected|,
 * same statistic (or none when it is infinite), same verdict.
 */
class ReferenceCasesTest {

    @Test
    void theVectorsAreThere() throws IOException {
        assertThat(ReferenceCase.load()).hasSizeGreaterThan(100);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesScipy() throws IOException {
        return ReferenceCase.load().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    private static void check(ReferenceCase c) {
        DriftOptions.Builder options = DriftOptions.builder();
        if (!"auto".equals(c.method())) {
            options.method(DriftMethod.byName(c.method()).orElseThrow());
        }
        ColumnDrift result = new DriftEngine(options.build()).compare(c.referenceColumn(), c.currentColumn());
        assertThat(result.error()).as("error").isNull();
        assertThat(result.method()).as("method").isEqualTo(c.resolvedMethod());
        assertThat(result.threshold()).as("threshold").isEqualTo(c.threshold());
        assertThat(result.score()).as("score").isCloseTo(c.score(), within(tolerance(c.score())));
        if (c.statistic() == null) {
            assertThat(result.statistic()).as("statistic").isNull();
        } else {
            assertThat(result.statistic()).as("statistic").isCloseTo(c.statistic(), within(tolerance(c.statistic())));
        }
        assertThat(result.drift()).as("drift").isEqualTo(c.drift());
    }

    private static double tolerance(double expected) {
        return 1e-6 + 1e-4 * Math.abs(expected);
    }
}
