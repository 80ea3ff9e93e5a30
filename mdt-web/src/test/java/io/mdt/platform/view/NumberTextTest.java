package io.mdt.platform.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void measuredNumbersKeepThreeSignificantDigitsWithoutScientificNotation() {
        assertThat(NumberText.of(0.957312)).isEqualTo("0.957");
        assertThat(NumberText.of(0.0123456)).isEqualTo("0.0123");
        assertThat(NumberText.of(0.000012345)).isEqualTo("0.0000123");
        assertThat(NumberText.of(12.3456)).isEqualTo("12.3");
        assertThat(NumberText.of(0.5)).isEqualTo("0.5");
        assertThat(NumberText.of(-0.25)).isEqualTo("-0.25");
        assertThat(NumberText.of(0.0)).isEqualTo("0");
    }

    @Test
    void largeNumbersAreRoundedToWholeOnesAndGrouped() {
        assertThat(NumberText.of(1234.567)).isEqualTo("1,230");
        assertThat(NumberText.of(987654.0)).isEqualTo("988,000");
        assertThat(NumberText.of(1_234_567L)).isEqualTo("1,234,567");
        assertThat(NumberText.of(42)).isEqualTo("42");
    }

    @Test
    void sharesArePercentagesAndNoNumberIsNothing() {
        assertThat(NumberText.percent(0.125)).isEqualTo("12.5%");
        assertThat(NumberText.percent(1.0)).isEqualTo("100%");
        assertThat(NumberText.percent(null)).isEmpty();
        assertThat(NumberText.of(null)).isEmpty();
        assertThat(NumberText.of(Double.NaN)).isEqualTo("not a number");
        assertThat(NumberText.of(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }
}
