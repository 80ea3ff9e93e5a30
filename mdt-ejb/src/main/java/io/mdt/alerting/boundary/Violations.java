package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.LabelMatcher;
import io.mdt.platform.control.StorableText;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules an alerting draft breaks, gathered so that a client hears of all of them at once,
 * with the checks the drafts share: names, text, label names, matchers and durations. Each
 * check returns the value to store, or null after noting why it cannot be stored.
 */
final class Violations {

    static final int MAX_NAME = 200;

    /** Most matchers in one list, and most label names in a group-by or equal list. */
    static final int MAX_MATCHERS = 50;

    static final int MAX_LABELS = 20;

    /** Prometheus's label names, as {@link LabelMatcher} accepts them. */
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws a validation error listing every violation found, if there is one. */
    void raise() {
        if (!found.isEmpty()) {
            throw new ModelValidationException(found);
        }
    }

    /** Required text, stripped, of 1 to {@code max} characters. */
    String text(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            add(field, "is required");
            return null;
        }
        var problem = StorableText.problem(text);
        if (problem != null) {
            add(field, problem);
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > max) {
            add(field, "must be at most " + max + " characters");
            return null;
        }
        return stripped;
    }

    String name(String field, String text) {
        return text(field, text, MAX_NAME);
    }

    /** Label names, absent meaning none: each a label name, none twice. */
    List<String> labelNames(String field, List<String> names) {
        if (names == null) {
            return List.of();
        }
        if (names.size() > MAX_LABELS) {
            add(field, "may name at most " + MAX_LABELS + " labels");
            return null;
        }
        int before = found.size();
        var seen = new HashSet<String>();
        for (int i = 0; i < names.size(); i++) {
            var name = names.get(i);
            if (name == null || !LABEL_NAME.matcher(name).matches()) {
                add(field + "[" + i + "]", "must be a label name (letters, digits and _, not starting with a digit)");
            } else if (!seen.add(name)) {
                add(field + "[" + i + "]", "names '" + name + "' twice");
            }
        }
        return found.size() == before ? List.copyOf(names) : null;
    }

    /** Matchers, absent meaning none; at least one when {@code required}. */
    List<LabelMatcher> matchers(String field, List<LabelMatcher> matchers, boolean required) {
        if (matchers == null || matchers.isEmpty()) {
            if (required) {
                add(field, "needs at least one matcher");
                return null;
            }
            return List.of();
        }
        if (matchers.size() > MAX_MATCHERS) {
            add(field, "may hold at most " + MAX_MATCHERS + " matchers");
            return null;
        }
        int before = found.size();
        for (int i = 0; i < matchers.size(); i++) {
            var problem = problem(matchers.get(i));
            if (problem != null) {
                add(field + "[" + i + "]", problem);
            }
        }
        return found.size() == before ? List.copyOf(matchers) : null;
    }

    private static String problem(LabelMatcher matcher) {
        if (matcher == null) {
            return "must be a matcher {\"name\", \"value\", \"isRegex\", \"isEqual\"}";
        }
        if (matcher.value() != null && !StorableText.storable(matcher.value())) {
            return "the matcher on '" + matcher.name() + "' has a value that " + StorableText.problem(matcher.value());
        }
        return matcher.problem();
    }

    /**
     * An ISO-8601 duration in whole seconds from {@code minimum} to {@code maximum}; absent,
     * the fallback.
     */
    Duration duration(String field, String text, Duration fallback, Duration minimum, Duration maximum) {
        if (text == null) {
            return fallback;
        }
        try {
            var duration = Duration.parse(text.strip());
            if (duration.getNano() == 0 && duration.compareTo(minimum) >= 0 && duration.compareTo(maximum) <= 0) {
                return duration;
            }
        } catch (DateTimeParseException | ArithmeticException unreadable) {
            // reported below
        }
        add(
                field,
                "must be an ISO-8601 duration in whole seconds from " + spoken(minimum) + " to " + spoken(maximum)
                        + ", e.g. " + fallback);
        return null;
    }

    /** A whole number of days, hours, minutes or seconds as people write it: {@code 1 h}, {@code 366 days}. */
    static String spoken(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 86_400 && seconds % 86_400 == 0) {
            long days = seconds / 86_400;
            return days + (days == 1 ? " day" : " days");
        }
        if (seconds >= 3600 && seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
