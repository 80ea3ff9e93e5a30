package io.mdt.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void keepsNanosecondsThroughTheRoundTrip() {
        var instant = Instant.parse("2026-03-01T12:34:56.123456789Z");

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
                .isEqualTo(instant);
    }

    @Test
    void keepsAbsenceAbsent() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
