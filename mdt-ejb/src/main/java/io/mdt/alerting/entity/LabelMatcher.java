package io.mdt.alerting.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One condition on an alert's labels, as Alertmanager's API has it: equal ({@code =}), not
 * equal ({@code !=}), matching a regular expression ({@code =~}) or not ({@code !~}). A regular
 * expression is anchored at both ends, and an absent label reads as the empty string.
 */
public record LabelMatcher(String name, String value, boolean isRegex, boolean isEqual) implements Serializable {

    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");

    private static final int MAX_VALUE_LENGTH = 1000;

    /** Compiled expressions by their text, so that matching many alerts compiles each once; bounded. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private static final int MAX_COMPILED = 10_000;

    public boolean matches(Map<String, String> labels) {
        var actual = labels.getOrDefault(name, "");
        boolean found = isRegex ? compiled(value).matcher(actual).matches() : value.equals(actual);
        return found == isEqual;
    }

    private static Pattern compiled(String expression) {
        if (COMPILED.size() > MAX_COMPILED) {
            COMPILED.clear();
        }
        return COMPILED.computeIfAbsent(expression, Pattern::compile);
    }

    /** Whether every matcher matches the labels; no matchers match everything. */
    public static boolean all(List<LabelMatcher> matchers, Map<String, String> labels) {
        return matchers.stream().allMatch(m -> m.matches(labels));
    }

    /** Why this matcher cannot be used, or null: a label name, a value, a valid expression. */
    public String problem() {
        if (name == null || !LABEL_NAME.matcher(name).matches()) {
            return "a matcher's name must be a label name (letters, digits and _, not starting with a digit)";
        }
        if (value == null || value.length() > MAX_VALUE_LENGTH) {
            return "the matcher on '" + name + "' needs a value of at most " + MAX_VALUE_LENGTH + " characters";
        }
        if (isRegex) {
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                return "the matcher on '" + name + "' has an invalid regular expression: " + e.getDescription();
            }
        }
        return null;
    }

    /** The problems of a list of matchers, each prefixed by its position. */
    public static List<String> problems(List<LabelMatcher> matchers) {
        var problems = new ArrayList<String>();
        for (int i = 0; i < matchers.size(); i++) {
            var matcher = matchers.get(i);
            var problem = matcher == null ? "must not be null" : matcher.problem();
            if (problem != null) {
                problems.add("[" + i + "] " + problem);
            }
        }
        return problems;
    }

    /** Whether the matcher also matches an alert without the label: such matchers alone would match all. */
    public boolean matchesEmpty() {
        return matches(Map.of());
    }

    @Override
    public String toString() {
        var operator = isRegex ? (isEqual ? "=~" : "!~") : (isEqual ? "=" : "!=");
        return name + operator + "\"" + value + "\"";
    }
}
