package io.mdt.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdt.engine.data.Column;
import io.mdt.engine.report.ColumnDrift;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties every test must have, whatever the data. */
class DriftPropertiesTest {

    private static final Set<DriftMethod> DISTANCES = EnumSet.of(
            DriftMethod.WASSERSTEIN,
            DriftMethod.PSI,
            DriftMethod.JENSENSHANNON,
            DriftMethod.KL_DIV,
            DriftMethod.HELLINGER,
            DriftMethod.ED);

    private static ColumnDrift run(DriftMethod method, Column reference, Column current) {
        return new DriftEngine(DriftOptions.builder().method(method).build()).compare(reference, current);
    }

    @ParameterizedTest
    @EnumSource(DriftMethod.class)
    void identicalSamplesShowNoDrift(DriftMethod method) {
        double[] values = TestData.normal(400, 3, 2, 7);
        if (method == DriftMethod.Z || method == DriftMethod.FISHER_EXACT) {
            values = Arrays.stream(values).map(v -> v > 3 ? 1 : 0).toArray();
        }
        ColumnDrift result = run(method, TestData.numbers(values), TestData.numbers(values.clone()));
        assertThat(result.error()).isNull();
        assertThat(result.drift()).isFalse();
        if (DISTANCES.contains(method)) {
            assertThat(result.score()).isCloseTo(0.0, within(1e-7));
        } else {
            assertThat(result.score()).isGreaterThan(0.2);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = DriftMethod.class,
            names = {"JENSENSHANNON", "HELLINGER"})
    void symmetricDistancesIgnoreWhichSideIsWhich(DriftMethod method) {
        Column a = TestData.categories(TestData.repeat(30, "a", "b", "b", "c"));
        Column b = TestData.categories(TestData.repeat(20, "a", "c", "c", "d", "b"));
        assertThat(run(method, a, b).score()).isCloseTo(run(method, b, a).score(), within(1e-12));
        Column x = TestData.numbers(TestData.normal(300, 0, 1, 1));
        Column y = TestData.numbers(TestData.normal(250, 0.4, 1.3, 2));
        assertThat(run(method, x, y).score()).isCloseTo(run(method, y, x).score(), within(1e-12));
    }

    @ParameterizedTest
    @EnumSource(
            value = DriftMethod.class,
            names = {"PSI", "KL_DIV"})
    void divergencesAreNeverNegative(DriftMethod method) {
        for (long seed = 0; seed < 20; seed++) {
            Column x = TestData.numbers(TestData.normal(200, 0, 1, seed));
            Column y = TestData.numbers(TestData.normal(150, seed / 10.0, 1, seed + 100));
            assertThat(run(method, x, y).score()).isGreaterThanOrEqualTo(0.0);
        }
        Column a = TestData.categories(TestData.repeat(10, "a", "b"));
        Column b = TestData.categories(TestData.repeat(10, "b", "c", "c"));
        assertThat(run(method, a, b).score()).isGreaterThan(0.0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 3.5, 1e6})
    void normedWassersteinIgnoresTheUnit(double factor) {
        double[] x = TestData.normal(500, 10, 2, 3);
        double[] y = TestData.normal(400, 11, 2.5, 4);
        double[] xs = Arrays.stream(x).map(v -> v * factor).toArray();
        double[] ys = Arrays.stream(y).map(v -> v * factor).toArray();
        double plain = run(DriftMethod.WASSERSTEIN, TestData.numbers(x), TestData.numbers(y))
                .score();
        double scaled = run(DriftMethod.WASSERSTEIN, TestData.numbers(xs), TestData.numbers(ys))
                .score();
        assertThat(scaled).isCloseTo(plain, within(1e-9 * plain));
    }

    @ParameterizedTest
    @EnumSource(
            value = DriftMethod.class,
            names = {"KS", "WASSERSTEIN", "ANDERSON", "CRAMER_VON_MISES", "MANNW", "ED", "T_TEST", "ES"})
    void aClearShiftIsDrift(DriftMethod method) {
        Column x = TestData.numbers(TestData.normal(300, 0, 1, 5));
        Column y = TestData.numbers(TestData.normal(300, 1.5, 1, 6));
        assertThat(run(method, x, y).drift()).isTrue();
    }
}
