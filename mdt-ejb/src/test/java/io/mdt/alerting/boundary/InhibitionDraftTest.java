package io.mdt.alerting.boundary;

import static io.mdt.alerting.boundary.Fields.violated;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.entity.LabelMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class InhibitionDraftTest {

    private static final List<LabelMatcher> CRITICAL = List.of(new LabelMatcher("severity", "critical", false, true));
    private static final List<LabelMatcher> WARNING = List.of(new LabelMatcher("severity", "warning", false, true));

    @Test
    void takesNoEqualLabelsWhenNoneAreGiven() {
        assertThat(InhibitionDraft.checked(new InhibitionDraft(" critical-mutes-warning ", CRITICAL, WARNING, null)))
                .isEqualTo(new InhibitionDraft("critical-mutes-warning", CRITICAL, WARNING, List.of()));
    }

    @Test
    void needsANameASourceAndATargetAndLabelNamesToCompare() {
        assertThat(violated(() ->
                        InhibitionDraft.checked(new InhibitionDraft("", List.of(), null, List.of("model", "a b")))))
                .containsExactly("name", "sourceMatchers", "targetMatchers", "equal[1]");
        assertThat(violated(() -> InhibitionDraft.checked(
                        new InhibitionDraft("x", List.of(new LabelMatcher("kind", "*", true, true)), WARNING, null))))
                .containsExactly("sourceMatchers[0]");
        assertThat(violated(() -> InhibitionDraft.checked(null))).containsExactly("body");
    }
}
