package io.mdt.platform.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Words and numbers for people, for every page: instants relative and exact in the user's time
 * zone, measured numbers rounded, verdicts as words. The time zone is the browser's, which
 * {@code mdt.js} keeps in the cookie {@value #ZONE_COOKIE}; without it (the first page a
 * browser opens), UTC.
 */
@Named
@RequestScoped
public class Display {

    static final String ZONE_COOKIE = "mdt-tz";

    private TimeText times;
    private ZoneId zone;

    @PostConstruct
    void init() {
        var cookie = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestCookieMap()
                .get(ZONE_COOKIE);
        zone = zoneOf(cookie instanceof Cookie c ? c.getValue() : null);
        times = new TimeText(zone, Instant.now());
    }

    /** The zone named by the cookie's value, or UTC when it names none. */
    static ZoneId zoneOf(String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
        } catch (DateTimeException | IllegalArgumentException unknown) {
            return ZoneOffset.UTC;
        }
    }

    public String zone() {
        return zone.getId();
    }

    /** The user's zone, in which the times people type are read. */
    public ZoneId zoneId() {
        return zone;
    }

    public String relative(Instant instant) {
        return times.relative(instant);
    }

    public String exact(Instant instant) {
        return times.exact(instant);
    }

    /** The instant as ISO-8601 in UTC, for the {@code datetime} attribute machines read. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public String number(Number value) {
        return NumberText.of(value);
    }

    public String percent(Number share) {
        return NumberText.percent(share);
    }

    /** A state in words: {@code NO_DATA} is "No data". */
    public String word(Enum<?> state) {
        if (state == null) {
            return "";
        }
        var words = state.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A yes-or-no finding in words: {@code yes} or {@code no}, or "not judged" when there is none. */
    public String verdict(Boolean finding, String yes, String no) {
        return finding == null ? "not judged" : finding ? yes : no;
    }
}
