package io.mdt.platform.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void theZoneIsTheOneTheBrowserNamedOrUtc() {
        assertThat(Display.zoneOf("Europe%2FBerlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(Display.zoneOf("Asia/Kolkata")).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(Display.zoneOf(null)).isEqualTo(ZoneOffset.UTC);
        assertThat(Display.zoneOf("Mars/Olympus")).isEqualTo(ZoneOffset.UTC);
        assertThat(Display.zoneOf("%zz")).isEqualTo(ZoneOffset.UTC);
        assertThat(Display.zoneOf("x".repeat(65))).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void statesAndFindingsAreWords() {
        var display = new Display();

        assertThat(display.word(java.time.DayOfWeek.MONDAY)).isEqualTo("Monday");
        assertThat(display.word(Thread.State.TIMED_WAITING)).isEqualTo("Timed waiting");
        assertThat(display.verdict(true, "drift", "no drift")).isEqualTo("drift");
        assertThat(display.verdict(false, "drift", "no drift")).isEqualTo("no drift");
        assertThat(display.verdict(null, "drift", "no drift")).isEqualTo("not judged");
    }
}
