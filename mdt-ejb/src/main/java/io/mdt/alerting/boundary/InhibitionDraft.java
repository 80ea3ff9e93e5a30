package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.LabelMatcher;
import java.util.List;

/**
 * An inhibition rule as a client describes it, as Alertmanager's: while an alert matching
 * the source matchers fires, alerts matching the target matchers are not notified, if both
 * have the same value of each label in {@code equal} (absent: none).
 */
public record InhibitionDraft(
        String name, List<LabelMatcher> sourceMatchers, List<LabelMatcher> targetMatchers, List<String> equal) {

    /** The draft as it is stored, its name stripped, or a validation error listing every rule it breaks. */
    static InhibitionDraft checked(InhibitionDraft draft) {
        var violations = new Violations();
        if (draft == null) {
            violations.add("body", "must be an inhibition");
            violations.raise();
        }
        var checked = new InhibitionDraft(
                violations.name("name", draft.name()),
                violations.matchers("sourceMatchers", draft.sourceMatchers(), true),
                violations.matchers("targetMatchers", draft.targetMatchers(), true),
                violations.labelNames("equal", draft.equal()));
        violations.raise();
        return checked;
    }
}
