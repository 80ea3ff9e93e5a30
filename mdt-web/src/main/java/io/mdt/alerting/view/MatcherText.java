package io.mdt.alerting.view;

import io.mdt.alerting.entity.LabelMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Label matchers as people type them, in Alertmanager's notation: {@code model="fraud",
 * severity=~"warning|critical", column!="id"}, braces optional. Text that is not in that
 * notation is refused with the part that could not be read.
 */
final class MatcherText {

    private static final Pattern MATCHER =
            Pattern.compile("\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(,|$)");

    private MatcherText() {}

    static List<LabelMatcher> parse(String text) {
        var body = text == null ? "" : text.strip();
        if (body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, body.length() - 1).strip();
        }
        var matchers = new ArrayList<LabelMatcher>();
        var matcher = MATCHER.matcher(body);
        int at = 0;
        while (at < body.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw new IllegalArgumentException("cannot read the matchers from \"" + body.substring(at)
                        + "\"; write them as name=\"value\", name!=\"value\", name=~\"regex\" or name!~\"regex\","
                        + " separated by commas");
            }
            var operator = matcher.group(2);
            var value = matcher.group(3).replaceAll("\\\\(.)", "$1");
            matchers.add(new LabelMatcher(matcher.group(1), value, operator.endsWith("~"), !operator.startsWith("!")));
            at = matcher.end();
        }
        return matchers;
    }

    static String format(List<LabelMatcher> matchers) {
        return matchers.stream()
                .map(m -> m.name() + (m.isEqual() ? "" : "!") + (m.isRegex() ? "=~" : "=") + "\""
                        + m.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", "));
    }
}
