package io.mdt.alerting.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The summary and description of an alert, from its rule's templates: {@code {{name}}} stands
 * for a figure of the alert ({@link #PLACEHOLDERS}), {@code {{labels.name}}} for one of its
 * labels. A template naming anything else is refused when the rule is saved, so an alert never
 * reads with a hole in it.
 */
public final class AlertTemplates {

    public static final Set<String> PLACEHOLDERS = Set.of(
            "model",
            "team",
            "version",
            "rule",
            "severity",
            "kind",
            "column",
            "metric",
            "monitor",
            "value",
            "threshold",
            "operator",
            "window_start",
            "window_end",
            "run",
            "link",
            "period",
            "reason",
            "lower",
            "upper",
            "reference",
            "source",
            "method");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_.]*)\\s*}}");

    private static final int MAX_LENGTH = 4000;

    private AlertTemplates() {}

    public static String render(String template, Map<String, String> figures, Map<String, String> labels) {
        var matcher = PLACEHOLDER.matcher(template);
        var text = new StringBuilder();
        while (matcher.find()) {
            var name = matcher.group(1);
            var value = name.startsWith("labels.")
                    ? labels.getOrDefault(name.substring("labels.".length()), "")
                    : figures.getOrDefault(name, "");
            matcher.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** What is wrong with a template, or an empty list. */
    public static List<String> problems(String template) {
        var problems = new ArrayList<String>();
        if (template.length() > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters");
        }
        var matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            var name = matcher.group(1);
            if (!PLACEHOLDERS.contains(name) && !name.matches("labels\\.[a-zA-Z_][a-zA-Z0-9_]*")) {
                problems.add("names an unknown placeholder {{" + name + "}}; known: "
                        + PLACEHOLDERS.stream().sorted().toList() + " and {{labels.<name>}}");
            }
        }
        return problems;
    }

    /** A figure as people read it: four significant digits, no exponent, no trailing zeros; empty when absent. */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        if (value.isNaN() || value.isInfinite()) {
            return value.toString();
        }
        return new BigDecimal(value)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }
}
