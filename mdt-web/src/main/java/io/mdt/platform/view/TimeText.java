package io.mdt.platform.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a page shows an instant to a person: relative to now ("12 min ago", "in 3 h"), and
 * exactly, to the second, in the person's time zone ("2026-12-02 14:05:09 CET").
 */
public final class TimeText {

    private static final DateTimeFormatter EXACT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz", Locale.ENGLISH);

    private final ZoneId zone;
    private final Instant now;

    public TimeText(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    public String exact(Instant instant) {
        return instant == null ? "" : EXACT.format(instant.atZone(zone));
    }

    /** The instant from now, in the largest unit that fits, rounded down; under a minute is "just now". */
    public String relative(Instant instant) {
        if (instant == null) {
            return "never";
        }
        var distance = Duration.between(instant, now);
        boolean past = !distance.isNegative();
        var span = distance.abs();
        if (span.toSeconds() < 60) {
            return "just now";
        }
        String amount;
        if (span.toMinutes() < 60) {
            amount = span.toMinutes() + " min";
        } else if (span.toHours() < 48) {
            amount = span.toHours() + " h";
        } else if (span.toDays() < 60) {
            amount = span.toDays() + " days";
        } else if (span.toDays() < 730) {
            amount = span.toDays() / 30 + " months";
        } else {
            amount = span.toDays() / 365 + " years";
        }
        return past ? amount + " ago" : "in " + amount;
    }
}
