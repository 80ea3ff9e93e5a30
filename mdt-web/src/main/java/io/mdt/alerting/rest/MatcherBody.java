package io.mdt.alerting.rest;

import io.mdt.alerting.entity.LabelMatcher;
import java.util.List;

/**
 * A label matcher as clients send it, Alertmanager's API shape: {@code isRegex} absent means
 * false, {@code isEqual} absent means true.
 */
public record MatcherBody(String name, String value, Boolean isRegex, Boolean isEqual) {

    LabelMatcher matcher() {
        return new LabelMatcher(name, value, isRegex != null && isRegex, isEqual == null || isEqual);
    }

    /** The matchers, absent ones kept as null for the boundary to report by position. */
    static List<LabelMatcher> matchers(List<MatcherBody> bodies) {
        return bodies == null
                ? null
                : bodies.stream().map(b -> b == null ? null : b.matcher()).toList();
    }
}
