package io.mdt.retention.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One partition's range: a week from Monday 00:00 UTC to the next. A week is the unit retention
 * drops, so a model keeps at most a week more than its retention; and an evaluation window
 * reads one or two of them.
 */
public record Week(LocalDate monday) implements Comparable<Week> {

    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("'w'yyyyMMdd");

    private static final Pattern NAMED = Pattern.compile(".*_(w\\d{8})");

    public Week {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
    }

    /** The week that holds the given instant. */
    public static Week of(Instant time) {
        return new Week(
                time.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    /** The week a partition is named after ({@code predictions_7_w20261130}); empty for the default one. */
    public static Optional<Week> ofPartition(String name) {
        var matcher = NAMED.matcher(name);
        return matcher.matches() ? Optional.of(new Week(LocalDate.parse(matcher.group(1), SUFFIX))) : Optional.empty();
    }

    public Instant start() {
        return monday.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the week, which belongs to the next one. */
    public Instant end() {
        return next().start();
    }

    public Week next() {
        return new Week(monday.plusWeeks(1));
    }

    /** The name of this week's partition of a table. */
    public String partitionOf(String table) {
        return table + "_" + SUFFIX.format(monday);
    }

    @Override
    public int compareTo(Week other) {
        return monday.compareTo(other.monday);
    }
}
