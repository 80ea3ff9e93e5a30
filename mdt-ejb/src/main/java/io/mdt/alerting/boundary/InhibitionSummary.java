package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.Inhibition;
import io.mdt.alerting.entity.LabelMatcher;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An inhibition rule as clients read it. */
public record InhibitionSummary(
        long id,
        String name,
        List<LabelMatcher> sourceMatchers,
        List<LabelMatcher> targetMatchers,
        List<String> equal,
        Instant updated)
        implements Serializable {

    static InhibitionSummary of(Inhibition inhibition) {
        return new InhibitionSummary(
                inhibition.getId(),
                inhibition.getName(),
                List.copyOf(inhibition.getSourceMatchers()),
                List.copyOf(inhibition.getTargetMatchers()),
                List.copyOf(inhibition.getEqual()),
                inhibition.getUpdated());
    }
}
