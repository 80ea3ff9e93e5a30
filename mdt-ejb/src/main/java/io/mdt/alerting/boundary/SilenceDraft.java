package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.LabelMatcher;
import io.mdt.platform.control.StorableTime;
import java.time.Instant;
import java.util.List;

/**
 * A silence as a client describes it, as Alertmanager's: the matchers an alert's labels must
 * all meet to be muted, and the period.
 *
 * @param startsAt when it starts muting; absent: now (on a change: the start it has)
 * @param endsAt when it stops; required, after the start and in the future
 * @param createdBy who set it up
 * @param comment why
 * @param team the team whose alerts alone it mutes; absent: the caller's one team, or every
 *     team's for an administrator. A silence keeps its team.
 */
public record SilenceDraft(
        List<LabelMatcher> matchers, Instant startsAt, Instant endsAt, String createdBy, String comment, String team) {

    static final int MAX_COMMENT = 2000;

    /**
     * The draft as it is stored, its start defaulted and its text stripped, or a validation
     * error listing every rule it breaks. At least one matcher must not match the empty
     * string: otherwise the silence would also mute every alert without the label, which
     * Alertmanager refuses as well.
     */
    static SilenceDraft checked(SilenceDraft draft, Instant now, Instant defaultStart) {
        var violations = new Violations();
        if (draft == null) {
            violations.add("body", "must be a silence");
            violations.raise();
        }
        var matchers = violations.matchers("matchers", draft.matchers(), true);
        if (matchers != null && matchers.stream().allMatch(LabelMatcher::matchesEmpty)) {
            violations.add(
                    "matchers",
                    "at least one matcher must not match the empty string, or the silence would mute every alert"
                            + " without the label");
        }
        var start = draft.startsAt() == null ? defaultStart : draft.startsAt();
        if (!StorableTime.storable(start)) {
            violations.add("startsAt", "must lie " + StorableTime.RANGE);
        } else if (draft.endsAt() == null) {
            violations.add("endsAt", "is required: when the silence stops muting");
        } else if (!StorableTime.storable(draft.endsAt())) {
            violations.add("endsAt", "must lie " + StorableTime.RANGE);
        } else if (!draft.endsAt().isAfter(start)) {
            violations.add("endsAt", "must be after startsAt (" + start + ")");
        } else if (!draft.endsAt().isAfter(now)) {
            violations.add("endsAt", "must be in the future");
        }
        var createdBy = violations.name("createdBy", draft.createdBy());
        var comment = violations.text("comment", draft.comment(), MAX_COMMENT);
        violations.raise();
        return new SilenceDraft(matchers, start, draft.endsAt(), createdBy, comment, draft.team());
    }
}
