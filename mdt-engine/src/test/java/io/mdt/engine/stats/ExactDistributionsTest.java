package io.mdt.engine.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Exact small-sample laws against SciPy 1.17 and against brute-force enumeration. */
class ExactDistributionsTest {

    @Test
    void mannWhitneyExactTailMatchesScipy() {
        // mannwhitneyu(x, y, alternative="less") with n = 7 and 10, U1 = 19: SciPy evaluates sf(U2 = 51)
        assertThat(MannWhitney.exactSurvival(51, 7, 10)).isCloseTo(0.06653640477169889, within(1e-12));
    }

    @Test
    void mannWhitneyLawSumsToOne() {
        assertThat(MannWhitney.exactSurvival(0, 5, 9)).isCloseTo(1.0, within(1e-12));
        assertThat(MannWhitney.exactSurvival(45, 5, 9)).isCloseTo(1.0 / 2002, within(1e-15));
    }

    @Test
    void twoSampleKolmogorovEqualSizesAgreeWithTheBandRecursion() {
        double square = TwoSampleKolmogorov.exactSurvival(12, 12, 5);
        assertThat(square).isBetween(0.0, 1.0);
        assertThat(TwoSampleKolmogorov.exactSurvival(12, 12, 0)).isEqualTo(1.0);
        assertThat(TwoSampleKolmogorov.exactSurvival(12, 12, 12)).isCloseTo(2.0 / 2704156, within(1e-12));
    }

    @Test
    void twoSampleKolmogorovIsSymmetricInTheSizes() {
        assertThat(TwoSampleKolmogorov.exactSurvival(9, 12, 20))
                .isEqualTo(TwoSampleKolmogorov.exactSurvival(12, 9, 20));
    }

    @Test
    void cramerVonMisesLimitingLawIsAProbability() {
        assertThat(CramerVonMises.limitingCdf(0.05)).isBetween(0.0, 1.0);
        assertThat(CramerVonMises.limitingCdf(2.0)).isCloseTo(1.0, within(1e-4));
        assertThat(CramerVonMises.asymptoticSurvival(0.0, 100, 100)).isEqualTo(1.0);
    }

    @Test
    void besselKAtKnownPoints() {
        // K_1/2(x) = sqrt(pi / (2x)) e^-x, so e^x K_1/2(x) = sqrt(pi / (2x))
        assertThat(BesselK.scaled(0.5, 2.0)).isCloseTo(Math.sqrt(Math.PI / 4), within(1e-13));
        assertThat(BesselK.scaled(0.5, 0.01)).isCloseTo(Math.sqrt(Math.PI / 0.02), within(1e-10));
    }
}
