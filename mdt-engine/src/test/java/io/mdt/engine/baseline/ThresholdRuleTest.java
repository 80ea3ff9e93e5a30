package io.mdt.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdRuleTest {

    @Test
    void standardDeviationRuleDefaultsToThree() {
        var rule = new ThresholdRule(ThresholdKind.STANDARD_DEVIATION, null, null, null);

        assertThat(rule.k()).isEqualTo(3.0);
        assertThat(rule.validate()).isEmpty();
    }

    @Test
    void validRulesHaveNoProblems() {
        assertThat(ThresholdRule.fixed(0.7, null).validate()).isEmpty();
        assertThat(ThresholdRule.fixed(null, null).validate()).isEmpty();
        assertThat(ThresholdRule.relative(0.05, 0.0).validate()).isEmpty();
        assertThat(ThresholdRule.standardDeviations(2).validate()).isEmpty();
    }

    @Test
    void missingKindIsTheOnlyProblemReported() {
        assertThat(new ThresholdRule(null, 1.0, 2.0, 3.0).validate())
                .containsExactly("The threshold kind is required: FIXED, RELATIVE or STANDARD_DEVIATION.");
    }

    @Test
    void fixedLowerAboveUpperIsAProblem() {
        assertThat(ThresholdRule.fixed(0.9, 0.8).validate())
                .containsExactly("The lower bound (0.9) must not exceed the upper bound (0.8).");
    }

    @Test
    void negativeRelativeFractionsAreProblems() {
        assertThat(ThresholdRule.relative(-0.05, -0.1).validate())
                .hasSize(2)
                .allSatisfy(problem -> assertThat(problem).contains("must not be negative"));
    }

    @Test
    void nonPositiveKIsAProblem() {
        assertThat(ThresholdRule.standardDeviations(0).validate())
                .containsExactly("The number of standard deviations k must be positive, was 0.0.");
        assertThat(ThresholdRule.standardDeviations(-1).validate()).hasSize(1);
    }

    @Test
    void nonFiniteValuesAreProblems() {
        assertThat(ThresholdRule.fixed(Double.NaN, Double.POSITIVE_INFINITY).validate())
                .containsExactly(
                        "The threshold's lower must be a finite number, was NaN.",
                        "The threshold's upper must be a finite number, was Infinity.");
    }

    @Test
    void fieldsAKindDoesNotUseAreProblems() {
        assertThat(new ThresholdRule(ThresholdKind.STANDARD_DEVIATION, 0.05, null, 3.0).validate())
                .containsExactly("A STANDARD_DEVIATION threshold does not use lower; leave it out.");
        assertThat(new ThresholdRule(ThresholdKind.RELATIVE, 0.05, null, 3.0).validate())
                .containsExactly("A RELATIVE threshold does not use k; leave it out.");
    }

    @Test
    void requireValidThrowsWithEveryProblem() {
        assertThatThrownBy(() -> ThresholdRule.relative(-1.0, -2.0).requireValid())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fraction allowed below")
                .hasMessageContaining("fraction allowed above");
    }
}
