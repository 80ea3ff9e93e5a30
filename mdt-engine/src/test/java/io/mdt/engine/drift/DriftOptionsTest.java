package io.mdt.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mdt.engine.data.Column;
import io.mdt.engine.data.ColumnType;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.report.ColumnDrift;
import io.mdt.engine.report.DriftReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The options beyond Evidently, and the precedence of methods and thresholds. */
class DriftOptionsTest {

    private final Column x = TestData.numbers(TestData.normal(600, 0, 1, 11));
    private final Column y = TestData.numbers(TestData.normal(500, 0.3, 1.2, 12));

    private static ColumnDrift run(DriftOptions options, Column reference, Column current) {
        return new DriftEngine(options).compare(reference, current);
    }

    @ParameterizedTest
    @EnumSource(
            value = Binning.Rule.class,
            names = {"STURGES", "DOANE"})
    void referenceOnlyBinningKeepsTheDistancesWellDefined(Binning.Rule rule) {
        DriftOptions options = DriftOptions.builder()
                .method(DriftMethod.PSI)
                .binning(new Binning(rule, 0))
                .build();
        assertThat(run(options, x, y).score()).isPositive();
        assertThat(run(options, x, x).score()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void quantileBinsHoldEqualReferenceShares() {
        SortedSample reference = SortedSample.of(TestData.normal(1000, 0, 1, 3));
        Shares shares = Histograms.shares(
                reference, SortedSample.of(TestData.normal(10, 5, 1, 4)), new Binning(Binning.Rule.QUANTILES, 10));
        assertThat(shares.reference()).hasSize(10).containsOnly(0.1);
        assertThat(shares.current()[9]).isEqualTo(1.0);
    }

    @Test
    void fixedBinsCountValuesOutsideTheReferenceRange() {
        SortedSample reference = SortedSample.of(new double[] {0, 1, 2, 3});
        Shares shares = Histograms.shares(
                reference, SortedSample.of(new double[] {-10, 10}), new Binning(Binning.Rule.FIXED, 3));
        assertThat(shares.current()).containsExactly(0.5, 0.0, 0.5);
    }

    @Test
    void jensenShannonInBitsIsTheNaturalDistanceScaled() {
        DriftOptions nats =
                DriftOptions.builder().method(DriftMethod.JENSENSHANNON).build();
        DriftOptions bits = DriftOptions.builder()
                .method(DriftMethod.JENSENSHANNON)
                .jensenShannonBase2(true)
                .build();
        assertThat(run(bits, x, y).score()).isCloseTo(run(nats, x, y).score() / Math.sqrt(Math.log(2)), within(1e-12));
        Column a = TestData.categories("a", "a");
        Column b = TestData.categories("b", "b");
        assertThat(run(bits, a, b).score()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void twoSidedMannWhitneyDoublesTheSmallerTail() {
        DriftOptions less = DriftOptions.builder().method(DriftMethod.MANNW).build();
        DriftOptions both = DriftOptions.builder()
                .method(DriftMethod.MANNW)
                .twoSidedMannWhitney(true)
                .build();
        assertThat(run(both, x, y).score()).isCloseTo(2 * run(less, x, y).score(), within(1e-12));
        assertThat(run(both, y, x).score()).isCloseTo(run(both, x, y).score(), within(1e-12));
    }

    @Test
    void columnBeatsTypeBeatsGlobalBeatsDefault() {
        DriftOptions options = DriftOptions.builder()
                .method(DriftMethod.KS)
                .method(ColumnType.NUMERICAL, DriftMethod.T_TEST)
                .method("special", DriftMethod.PSI)
                .threshold(0.2)
                .threshold(ColumnType.NUMERICAL, 0.3)
                .threshold("special", 0.4)
                .build();
        assertThat(options.methodFor("special", ColumnType.NUMERICAL)).isEqualTo(DriftMethod.PSI);
        assertThat(options.methodFor("other", ColumnType.NUMERICAL)).isEqualTo(DriftMethod.T_TEST);
        assertThat(options.methodFor("other", ColumnType.CATEGORICAL)).isEqualTo(DriftMethod.KS);
        assertThat(options.thresholdFor("special", ColumnType.NUMERICAL, DriftMethod.PSI))
                .isEqualTo(0.4);
        assertThat(options.thresholdFor("other", ColumnType.NUMERICAL, DriftMethod.PSI))
                .isEqualTo(0.3);
        assertThat(options.thresholdFor("other", ColumnType.CATEGORICAL, DriftMethod.PSI))
                .isEqualTo(0.2);
        assertThat(DriftOptions.EVIDENTLY.thresholdFor("x", ColumnType.NUMERICAL, DriftMethod.PSI))
                .isEqualTo(0.1);
        assertThat(DriftOptions.EVIDENTLY.methodFor("x", ColumnType.NUMERICAL)).isNull();
    }

    @Test
    void permutationTestsAreReproducibleBySeed() {
        for (DriftMethod method : List.of(DriftMethod.TVD, DriftMethod.EMPIRICAL_MMD)) {
            Column a = method == DriftMethod.TVD ? TestData.categories(TestData.repeat(50, "a", "b", "b")) : x;
            Column b = method == DriftMethod.TVD ? TestData.categories(TestData.repeat(40, "a", "b")) : y;
            DriftOptions seeded = DriftOptions.builder().method(method).seed(7).build();
            assertThat(run(seeded, a, b).score()).isEqualTo(run(seeded, a, b).score());
            assertThat(run(seeded, a, b).score()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void datasetRules() {
        List<Column> reference = List.of(
                new NumericalColumn("a", TestData.normal(300, 0, 1, 1)),
                new NumericalColumn("b", TestData.normal(300, 0, 1, 2)),
                new NumericalColumn("c", TestData.normal(300, 0, 1, 3)));
        List<Column> current = List.of(
                new NumericalColumn("a", TestData.normal(300, 0.5, 1, 4)),
                new NumericalColumn("b", TestData.normal(300, 0, 1, 2)),
                new NumericalColumn("c", TestData.normal(300, 0, 1, 3)));
        DriftReport share = new DriftEngine(DriftOptions.EVIDENTLY).compare(reference, current);
        assertThat(share.drifted()).isEqualTo(1);
        assertThat(share.datasetDrift()).isFalse();
        DriftReport third = new DriftEngine(DriftOptions.builder()
                        .datasetRule(new DatasetRule(DatasetRule.Kind.SHARE, 0.3))
                        .build())
                .compare(reference, current);
        assertThat(third.datasetDrift()).isTrue();
        for (DatasetRule.Kind kind : List.of(DatasetRule.Kind.BONFERRONI, DatasetRule.Kind.BENJAMINI_HOCHBERG)) {
            DriftReport corrected = new DriftEngine(DriftOptions.builder()
                            .datasetRule(new DatasetRule(kind, 0.05))
                            .build())
                    .compare(reference, current);
            assertThat(corrected.datasetDrift()).isTrue();
            assertThat(corrected.rule()).isNotBlank();
        }
        assertThatThrownBy(() -> new DatasetRule(DatasetRule.Kind.SHARE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void correctionsAreStricterThanRawPValues() {
        boolean[] drifted = {true, false, false, false};
        double[] pValues = {0.02, 0.5, 0.6, 0.7};
        assertThat(new DatasetRule(DatasetRule.Kind.BONFERRONI, 0.05).drift(drifted, pValues))
                .isFalse();
        assertThat(new DatasetRule(DatasetRule.Kind.BENJAMINI_HOCHBERG, 0.05).drift(drifted, pValues))
                .isFalse();
        assertThat(new DatasetRule(DatasetRule.Kind.BENJAMINI_HOCHBERG, 0.1).drift(drifted, pValues))
                .isTrue();
    }
}
