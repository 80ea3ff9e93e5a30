package io.mdt.alerting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.entity.LabelMatcher;
import io.mdt.registry.boundary.ModelValidationException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    private final Violations violations = new Violations();

    private List<String> fields() {
        try {
            violations.raise();
            return List.of();
        } catch (ModelValidationException e) {
            return e.violations().stream()
                    .map(v -> v.field() + ": " + v.message())
                    .toList();
        }
    }

    @Test
    void takesWholeSecondDurationsInTheirRangeAndTheFallbackWhenAbsent() {
        var max = Duration.ofHours(1);
        assertThat(violations.duration("d", " PT30S ", Duration.ofSeconds(2), Duration.ofSeconds(1), max))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(violations.duration("d", "PT1H", Duration.ofSeconds(2), Duration.ofSeconds(1), max))
                .isEqualTo(max);
        assertThat(violations.duration("d", "PT0S", Duration.ofSeconds(2), Duration.ZERO, max))
                .isZero();
        assertThat(violations.duration("d", null, Duration.ofSeconds(2), Duration.ofSeconds(1), max))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(fields()).isEmpty();
    }

    @Test
    void refusesDurationsThatAreUnreadableFractionalNegativeOrOutOfRange() {
        var min = Duration.ofSeconds(1);
        var max = Duration.ofHours(1);
        for (var text :
                List.of("30s", "", "PT0.5S", "PT1.5S", "-PT5S", "PT0S", "PT1H1S", "P1D", "PT9999999999999999H")) {
            assertThat(violations.duration(text, text, Duration.ofSeconds(2), min, max))
                    .as(text)
                    .isNull();
        }
        assertThat(fields())
                .hasSize(9)
                .allSatisfy(
                        f -> assertThat(f).contains("ISO-8601 duration in whole seconds from 1 s to 1 h, e.g. PT2S"));
    }

    @Test
    void speaksDurationsAsPeopleWriteThem() {
        assertThat(Violations.spoken(Duration.ZERO)).isEqualTo("0 s");
        assertThat(Violations.spoken(Duration.ofSeconds(90))).isEqualTo("90 s");
        assertThat(Violations.spoken(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(Violations.spoken(Duration.ofHours(4))).isEqualTo("4 h");
        assertThat(Violations.spoken(Duration.ofDays(1))).isEqualTo("1 day");
        assertThat(Violations.spoken(Duration.ofDays(366))).isEqualTo("366 days");
    }

    @Test
    void stripsTextAndRefusesBlankUnstorableOrLongText() {
        assertThat(violations.text("a", "  ops  ", 10)).isEqualTo("ops");
        assertThat(violations.text("b", " ", 10)).isNull();
        assertThat(violations.text("c", null, 10)).isNull();
        assertThat(violations.text("d", "x\u0000y", 10)).isNull();
        assertThat(violations.text("e", "x".repeat(11), 10)).isNull();
        assertThat(violations.name("f", "x".repeat(200))).hasSize(200);
        assertThat(violations.name("g", "x".repeat(201))).isNull();

        assertThat(fields())
                .containsExactly(
                        "b: is required",
                        "c: is required",
                        "d: contains the NUL character (U+0000), which cannot be stored",
                        "e: must be at most 10 characters",
                        "g: must be at most 200 characters");
    }

    @Test
    void takesLabelNamesOnceEach() {
        assertThat(violations.labelNames("equal", null)).isEmpty();
        assertThat(violations.labelNames("equal", List.of("model", "_team9"))).containsExactly("model", "_team9");
        assertThat(violations.labelNames("groupBy", Arrays.asList("model", "9lives", "model", null, "...")))
                .isNull();
        assertThat(violations.labelNames("many", Collections.nCopies(21, "model")))
                .isNull();

        assertThat(fields())
                .containsExactly(
                        "groupBy[1]: must be a label name (letters, digits and _, not starting with a digit)",
                        "groupBy[2]: names 'model' twice",
                        "groupBy[3]: must be a label name (letters, digits and _, not starting with a digit)",
                        "groupBy[4]: must be a label name (letters, digits and _, not starting with a digit)",
                        "many: may name at most 20 labels");
    }

    @Test
    void checksEveryMatcherAndWhetherOneIsRequired() {
        var churn = new LabelMatcher("model", "churn", false, true);
        assertThat(violations.matchers("optional", null, false)).isEmpty();
        assertThat(violations.matchers("optional", List.of(), false)).isEmpty();
        assertThat(violations.matchers("ok", List.of(churn), true)).containsExactly(churn);
        assertThat(violations.matchers("required", List.of(), true)).isNull();
        assertThat(violations.matchers(
                        "bad",
                        Arrays.asList(
                                churn,
                                null,
                                new LabelMatcher("model", "(", true, true),
                                new LabelMatcher("model", "a\u0000", false, true),
                                new LabelMatcher("1", "a", false, true)),
                        false))
                .isNull();
        assertThat(violations.matchers("many", Collections.nCopies(51, churn), false))
                .isNull();

        assertThat(fields())
                .extracting(f -> f.substring(0, f.indexOf(':')))
                .containsExactly("required", "bad[1]", "bad[2]", "bad[3]", "bad[4]", "many");
    }
}
