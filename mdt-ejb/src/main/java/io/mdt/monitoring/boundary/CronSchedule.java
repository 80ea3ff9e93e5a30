package io.mdt.monitoring.boundary;

import jakarta.ejb.ScheduleExpression;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A five-field cron expression ({@code minute hour day-of-month month day-of-week}) read by MDT
 * itself and handed to the timer service as explicit value lists. The timer service's own
 * parser is never given user text: it loops forever on some expressions ({@code *}/0) and
 * searches without end for dates that never come ({@code 0 0 30 2 *}). Fields take values,
 * ranges, lists, {@code *} and steps ({@code *}/n, a-b/n, a/n), months and weekdays also by
 * their English abbreviations; Sunday is 0 or 7. Work is bounded by the size of the fields.
 */
final class CronSchedule {

    private static final int MAX_FIELD_LENGTH = 200;
    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
    private static final List<String> WEEKDAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final int[] LONGEST_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private enum Field {
        MINUTE("minute", 0, 59, List.of()),
        HOUR("hour", 0, 23, List.of()),
        DAY_OF_MONTH("day of month", 1, 31, List.of()),
        MONTH("month", 1, 12, MONTHS),
        DAY_OF_WEEK("day of week", 0, 7, WEEKDAYS);

        final String label;
        final int min;
        final int max;
        final List<String> names;

        Field(String label, int min, int max, List<String> names) {
            this.label = label;
            this.min = min;
            this.max = max;
            this.names = names;
        }
    }

    /** Why a cron expression was refused, in words a user can act on. */
    static final class InvalidCronException extends IllegalArgumentException {
        InvalidCronException(String message) {
            super(message);
        }
    }

    private CronSchedule() {}

    /** The schedule, or {@link InvalidCronException} saying what is wrong. */
    static ScheduleExpression parse(String cron) {
        var fields = cron == null ? new String[0] : cron.strip().split("\\s+");
        if (fields.length != 5) {
            throw new InvalidCronException(
                    "must have five fields: minute hour day-of-month month day-of-week, e.g. 5 * * * *");
        }
        var values = new BitSet[5];
        for (var field : Field.values()) {
            values[field.ordinal()] = values(field, fields[field.ordinal()]);
        }
        var dayOfMonth = values[Field.DAY_OF_MONTH.ordinal()];
        boolean anyWeekday = fields[Field.DAY_OF_WEEK.ordinal()].equals("*");
        if (anyWeekday && !someMonthHasADay(values[Field.MONTH.ordinal()], dayOfMonth)) {
            throw new InvalidCronException("never fires: no chosen month has any of the chosen days");
        }
        return new ScheduleExpression()
                .second("0")
                .minute(list(fields, values, Field.MINUTE))
                .hour(list(fields, values, Field.HOUR))
                .dayOfMonth(list(fields, values, Field.DAY_OF_MONTH))
                .month(list(fields, values, Field.MONTH))
                .dayOfWeek(list(fields, values, Field.DAY_OF_WEEK));
    }

    private static BitSet values(Field field, String text) {
        if (text.length() > MAX_FIELD_LENGTH) {
            throw invalid(field, text, "is longer than " + MAX_FIELD_LENGTH + " characters");
        }
        var values = new BitSet(field.max + 1);
        for (var part : text.split(",", -1)) {
            element(field, text, part, values);
        }
        return values;
    }

    private static void element(Field field, String text, String part, BitSet values) {
        var slash = part.split("/", -1);
        if (slash.length > 2) {
            throw invalid(field, text, "has more than one '/' in '" + part + "'");
        }
        int step = slash.length == 2 ? number(field, text, slash[1], 1, field.max - field.min + 1, "a step") : 1;
        int from;
        int to;
        if (slash[0].equals("*")) {
            from = field.min;
            to = field.max;
        } else {
            var dash = slash[0].split("-", -1);
            if (dash.length > 2) {
                throw invalid(field, text, "has more than one '-' in '" + part + "'");
            }
            from = value(field, text, dash[0]);
            to = dash.length == 2 ? value(field, text, dash[1]) : (slash.length == 2 ? field.max : from);
            if (from > to) {
                throw invalid(field, text, "has a range that ends before it starts: '" + slash[0] + "'");
            }
        }
        for (int v = from; v <= to; v += step) {
            values.set(v);
        }
    }

    private static int value(Field field, String text, String token) {
        int named = field.names.indexOf(token.toUpperCase(Locale.ROOT));
        if (named >= 0) {
            return named + (field == Field.MONTH ? 1 : 0);
        }
        return number(field, text, token, field.min, field.max, "a value");
    }

    private static int number(Field field, String text, String token, int min, int max, String what) {
        if (token.isEmpty() || token.length() > 3 || !token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(
                    field,
                    text,
                    "has '" + token + "' where " + what + " from " + min + " to " + max + " belongs"
                            + (field.names.isEmpty() ? "" : " (or a name such as " + field.names.get(0) + ")"));
        }
        int number = Integer.parseInt(token);
        if (number < min || number > max) {
            throw invalid(field, text, "has " + what + " " + number + " outside " + min + " to " + max);
        }
        return number;
    }

    private static boolean someMonthHasADay(BitSet months, BitSet days) {
        for (int month = months.nextSetBit(1); month >= 0; month = months.nextSetBit(month + 1)) {
            if (days.nextSetBit(1) <= LONGEST_MONTH[month - 1]) {
                return true;
            }
        }
        return false;
    }

    /** {@code *} where the field was {@code *}, so that cron's day-of-month or day-of-week rule carries over. */
    private static String list(String[] fields, BitSet[] values, Field field) {
        if (fields[field.ordinal()].equals("*")) {
            return "*";
        }
        return values[field.ordinal()].stream().mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    private static InvalidCronException invalid(Field field, String text, String problem) {
        return new InvalidCronException("the " + field.label + " field '" + text + "' " + problem);
    }
}
