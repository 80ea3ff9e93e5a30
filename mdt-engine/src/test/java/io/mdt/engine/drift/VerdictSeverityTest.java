package io.mdt.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VerdictSeverityTest {

    @Test
    void aDistanceIsItsRatioToTheThreshold() {
        assertThat(Verdict.AT_LEAST.severity(0.05, 0.1)).isCloseTo(0.5, within(1e-12));
        assertThat(Verdict.AT_LEAST.severity(0.1, 0.1)).isEqualTo(1.0);
        assertThat(Verdict.ABOVE.severity(0.3, 0.1)).isCloseTo(3.0, within(1e-12));
        assertThat(Verdict.AT_LEAST.severity(0, 0.1)).isZero();
    }

    @Test
    void aPValueCountsTenfoldSmallerValuesAlike() {
        assertThat(Verdict.BELOW.severity(0.05, 0.05)).isCloseTo(1.0, within(1e-12));
        assertThat(Verdict.AT_MOST.severity(0.0025, 0.05)).isCloseTo(2.0, within(1e-12));
        assertThat(Verdict.BELOW.severity(1.0, 0.05)).isZero();
        assertThat(Verdict.BELOW.severity(0.5, 0.05)).isBetween(0.2, 0.25);
        assertThat(Verdict.BELOW.severity(0, 0.05)).isInfinite();
    }

    @Test
    void theSideOfOneAgreesWithTheVerdict() {
        for (var verdict : Verdict.values()) {
            double threshold = verdict.isPValue() ? 0.05 : 0.1;
            for (double score : new double[] {0.0001, 0.01, 0.04, 0.06, 0.09, 0.11, 0.5, 0.99}) {
                if (verdict.drift(score, threshold)) {
                    assertThat(verdict.severity(score, threshold))
                            .as("%s %s", verdict, score)
                            .isGreaterThanOrEqualTo(1);
                } else {
                    assertThat(verdict.severity(score, threshold))
                            .as("%s %s", verdict, score)
                            .isLessThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void noScaleIsNotANumber() {
        assertThat(Verdict.AT_LEAST.severity(Double.NaN, 0.1)).isNaN();
        assertThat(Verdict.AT_LEAST.severity(0.2, 0)).isNaN();
        assertThat(Verdict.BELOW.severity(0.2, 1.0)).isNaN();
        assertThat(Verdict.BELOW.severity(0.2, Double.POSITIVE_INFINITY)).isNaN();
    }
}
