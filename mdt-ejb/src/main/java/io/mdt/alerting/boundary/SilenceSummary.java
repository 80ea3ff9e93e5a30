package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.LabelMatcher;
import io.mdt.alerting.entity.Silence;
import io.mdt.alerting.entity.SilenceStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A silence as clients read it, with its status at the time of reading. */
public record SilenceSummary(
        long id,
        List<LabelMatcher> matchers,
        Instant startsAt,
        Instant endsAt,
        String createdBy,
        String comment,
        String team,
        SilenceStatus status,
        Instant updated)
        implements Serializable {

    static SilenceSummary of(Silence silence, Instant now) {
        return new SilenceSummary(
                silence.getId(),
                List.copyOf(silence.getMatchers()),
                silence.getStartsAt(),
                silence.getEndsAt(),
                silence.getCreatedBy(),
                silence.getComment(),
                silence.getTeam(),
                silence.status(now),
                silence.getUpdated());
    }
}
