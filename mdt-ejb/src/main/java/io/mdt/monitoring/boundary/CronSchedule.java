package io.mdt.monitoring.boundary;

import jakarta.ejb.ScheduleExpression;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A five-field cron expression as an EJB calendar schedule. The field syntax of the two is
 * the same for what cron users write (values, ranges, lists, {@code *}, {@code *}/n steps;
 * Sunday is 0 or 7), so the fields pass through; runs start at second 0.
 */
final class CronSchedule {

    private static final Pattern FIELD = Pattern.compile("[0-9A-Za-z*/,\\-]+");

    private CronSchedule() {}

    static Optional<ScheduleExpression> parse(String cron) {
        if (cron == null) {
            return Optional.empty();
        }
        var fields = cron.strip().split("\\s+");
        if (fields.length != 5) {
            return Optional.empty();
        }
        for (var field : fields) {
            if (!FIELD.matcher(field).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(new ScheduleExpression()
                .second("0")
                .minute(fields[0])
                .hour(fields[1])
                .dayOfMonth(fields[2])
                .month(fields[3])
                .dayOfWeek(fields[4]));
    }
}
