package io.mdt.alerting.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.alerting.entity.LabelMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTextTest {

    @Test
    void readsAlertmanagersNotation() {
        assertThat(MatcherText.parse(
                        "{model=\"fraud\", severity=~\"warning|critical\", column!=\"id\", rule!~\"x.*\"}"))
                .containsExactly(
                        new LabelMatcher("model", "fraud", false, true),
                        new LabelMatcher("severity", "warning|critical", true, true),
                        new LabelMatcher("column", "id", false, false),
                        new LabelMatcher("rule", "x.*", true, false));
    }

    @Test
    void unescapesQuotesAndBackslashesAndWritesThemBack() {
        var matchers = MatcherText.parse("team=\"a \\\"b\\\" \\\\ c\"");
        assertThat(matchers).containsExactly(new LabelMatcher("team", "a \"b\" \\ c", false, true));
        assertThat(MatcherText.parse(MatcherText.format(matchers))).isEqualTo(matchers);
    }

    @Test
    void emptyTextMatchesEveryAlert() {
        assertThat(MatcherText.parse("  ")).isEmpty();
        assertThat(MatcherText.format(List.of())).isEmpty();
    }

    @Test
    void refusesWhatItCannotRead() {
        assertThatThrownBy(() -> MatcherText.parse("model=fraud"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model=fraud");
        assertThatThrownBy(() -> MatcherText.parse("model=\"a\" severity=\"b\""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
