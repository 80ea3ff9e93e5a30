package io.mdt.alerting.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {

    private static final Map<String, String> LABELS = Map.of("model", "churn", "severity", "critical");

    @Test
    void matchesEachOfTheFourOperators() {
        assertThat(new LabelMatcher("model", "churn", false, true).matches(LABELS))
                .isTrue();
        assertThat(new LabelMatcher("model", "fraud", false, true).matches(LABELS))
                .isFalse();
        assertThat(new LabelMatcher("model", "fraud", false, false).matches(LABELS))
                .isTrue();
        assertThat(new LabelMatcher("model", "churn", false, false).matches(LABELS))
                .isFalse();
        assertThat(new LabelMatcher("severity", "warning|critical", true, true).matches(LABELS))
                .isTrue();
        assertThat(new LabelMatcher("severity", "warning|critical", true, false).matches(LABELS))
                .isFalse();
        assertThat(new LabelMatcher("severity", "info", true, false).matches(LABELS))
                .isTrue();
    }

    @Test
    void anchorsRegularExpressionsAtBothEnds() {
        assertThat(new LabelMatcher("model", "chu", true, true).matches(LABELS)).isFalse();
        assertThat(new LabelMatcher("model", "hur", true, true).matches(LABELS)).isFalse();
        assertThat(new LabelMatcher("model", "ch.*", true, true).matches(LABELS))
                .isTrue();
    }

    @Test
    void readsAnAbsentLabelAsTheEmptyString() {
        assertThat(new LabelMatcher("team", "", false, true).matches(LABELS)).isTrue();
        assertThat(new LabelMatcher("team", "ops", false, false).matches(LABELS))
                .isTrue();
        assertThat(new LabelMatcher("team", ".*", true, true).matches(LABELS)).isTrue();
        assertThat(new LabelMatcher("team", ".+", true, true).matches(LABELS)).isFalse();
    }

    @Test
    void allOfNoMatchersMatchesEverything() {
        assertThat(LabelMatcher.all(List.of(), LABELS)).isTrue();
        assertThat(LabelMatcher.all(
                        List.of(
                                new LabelMatcher("model", "churn", false, true),
                                new LabelMatcher("team", "x", false, true)),
                        LABELS))
                .isFalse();
    }

    @Test
    void tellsWhichMatchersAlsoMatchAlertsWithoutTheLabel() {
        assertThat(new LabelMatcher("model", "churn", false, true).matchesEmpty())
                .isFalse();
        assertThat(new LabelMatcher("model", "", false, true).matchesEmpty()).isTrue();
        assertThat(new LabelMatcher("model", "churn", false, false).matchesEmpty())
                .isTrue();
        assertThat(new LabelMatcher("model", ".*", true, true).matchesEmpty()).isTrue();
        assertThat(new LabelMatcher("model", ".+", true, true).matchesEmpty()).isFalse();
        assertThat(new LabelMatcher("model", "", false, false).matchesEmpty()).isFalse();
    }

    @Test
    void namesWhatMakesAMatcherUnusable() {
        assertThat(new LabelMatcher("model", "churn", true, true).problem()).isNull();
        assertThat(new LabelMatcher("_x9", "", false, true).problem()).isNull();
        assertThat(new LabelMatcher("9x", "a", false, true).problem()).contains("label name");
        assertThat(new LabelMatcher("a-b", "a", false, true).problem()).contains("label name");
        assertThat(new LabelMatcher(null, "a", false, true).problem()).contains("label name");
        assertThat(new LabelMatcher("a".repeat(101), "a", false, true).problem())
                .contains("label name");
        assertThat(new LabelMatcher("model", null, false, true).problem()).contains("'model'", "value");
        assertThat(new LabelMatcher("model", "x".repeat(1001), false, true).problem())
                .contains("1000");
        assertThat(new LabelMatcher("model", "(", true, true).problem()).contains("regular expression");
        assertThat(new LabelMatcher("model", "(", false, true).problem()).isNull();
    }

    @Test
    void listsTheProblemsOfAListByPosition() {
        var matchers = Arrays.asList(
                new LabelMatcher("model", "churn", false, true), null, new LabelMatcher("model", "[", true, true));

        assertThat(LabelMatcher.problems(matchers))
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("[1] "),
                        second -> assertThat(second).startsWith("[2] ").contains("regular expression"));
    }

    @Test
    void writesItselfInPromQlNotation() {
        assertThat(new LabelMatcher("model", "churn", false, true)).hasToString("model=\"churn\"");
        assertThat(new LabelMatcher("model", "churn", false, false)).hasToString("model!=\"churn\"");
        assertThat(new LabelMatcher("model", "c.*", true, true)).hasToString("model=~\"c.*\"");
        assertThat(new LabelMatcher("model", "c.*", true, false)).hasToString("model!~\"c.*\"");
    }
}
