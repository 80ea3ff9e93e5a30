package io.mdt.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BaselinesTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void baselineIgnoresUndefinedChunks() {
        var baseline = Baselines.of(0.8, new double[] {0.7, Double.NaN, 0.9, 0.8, Double.POSITIVE_INFINITY});

        assertThat(baseline.chunks()).isEqualTo(3);
        assertThat(baseline.mean()).isCloseTo(0.8, within(1e-15));
        assertThat(baseline.standardDeviation()).isCloseTo(0.1, within(1e-15));
    }

    @Test
    void fewerThanTwoChunksHaveNoSpread() {
        assertThat(Baselines.of(0.8, new double[] {0.7, Double.NaN}).standardDeviation())
                .isNaN();
        assertThat(Baselines.of(0.8, new double[] {}).mean()).isNaN();
    }

    @Test
    void fixedBoundsAreTheRulesOwn() {
        var baseline = Baselines.of(0.8, new double[] {0.7, 0.9});

        assertThat(Baselines.bounds(ThresholdRule.fixed(0.75, null), baseline, 0, 1))
                .isEqualTo(new Bounds(0.75, null));
        assertThat(Baselines.bounds(ThresholdRule.fixed(-3.0, 3.0), baseline, 0, 1))
                .isEqualTo(new Bounds(0.0, 1.0));
    }

    @Test
    void relativeBoundsAreFractionsOfTheReference() {
        var bounds = Baselines.bounds(ThresholdRule.relative(0.05, 0.1), Baselines.of(0.8, new double[0]), 0, 1);

        assertThat(bounds.lower()).isCloseTo(0.76, within(1e-15));
        assertThat(bounds.upper()).isCloseTo(0.88, within(1e-15));
        assertThat(bounds.reason()).isNull();
    }

    @Test
    void relativeBoundsOfANegativeReferenceUseItsMagnitude() {
        var bounds = Baselines.bounds(ThresholdRule.relative(0.5, null), Baselines.of(-2, new double[0]), -INF, INF);

        assertThat(bounds).isEqualTo(new Bounds(-3.0, null));
    }

    @Test
    void relativeBoundsClipToTheRange() {
        var bounds = Baselines.bounds(ThresholdRule.relative(null, 0.5), Baselines.of(0.8, new double[0]), 0, 1);

        assertThat(bounds).isEqualTo(new Bounds(null, 1.0));
    }

    @Test
    void relativeBoundsOnAnUndefinedReferenceAreUnboundedWithAReason() {
        var bounds =
                Baselines.bounds(ThresholdRule.relative(0.05, null), Baselines.of(Double.NaN, new double[0]), 0, 1);

        assertThat(bounds.lower()).isNull();
        assertThat(bounds.reason()).contains("undefined on the reference");
    }

    @Test
    void standardDeviationBoundsAreMeanPlusMinusK() {
        var baseline = Baselines.of(0.5, new double[] {0.4, 0.5, 0.6});
        var bounds = Baselines.bounds(ThresholdRule.standardDeviations(2), baseline, -INF, INF);

        assertThat(bounds.lower()).isCloseTo(0.3, within(1e-12));
        assertThat(bounds.upper()).isCloseTo(0.7, within(1e-12));
        assertThat(bounds.verdict(0.71)).isEqualTo(Verdict.ABOVE);
    }

    @Test
    void standardDeviationBoundsClipToTheRange() {
        var baseline = Baselines.of(0.95, new double[] {0.9, 1.0});
        var bounds = Baselines.bounds(ThresholdRule.standardDeviations(3), baseline, 0, 1);

        assertThat(bounds.upper()).isEqualTo(1.0);
        assertThat(bounds.lower()).isCloseTo(0.95 - 3 * Math.sqrt(0.005), within(1e-12));
    }

    @Test
    void standardDeviationBoundsOnOneChunkAreUnboundedWithAReason() {
        var baseline = Baselines.of(0.5, new double[] {0.5, Double.NaN});
        var bounds = Baselines.bounds(ThresholdRule.standardDeviations(3), baseline, 0, 1);

        assertThat(bounds.lower()).isNull();
        assertThat(bounds.upper()).isNull();
        assertThat(bounds.reason()).contains("1 reference chunk(s)").contains("at least 2");
        assertThat(bounds.verdict(0.0)).isEqualTo(Verdict.WITHIN);
    }

    @Test
    void invalidRulesAreRejected() {
        assertThatThrownBy(() ->
                        Baselines.bounds(ThresholdRule.standardDeviations(0), Baselines.of(0, new double[0]), 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }
}
