package io.mdt.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stores every {@link Instant} attribute as a SQL timestamp. The persistence provider would
 * otherwise serialise instants into bytes, which {@code TIMESTAMP WITH TIME ZONE} columns
 * reject and no query could compare.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    /**
     * The current instant at the precision the database keeps (microseconds), so that what an
     * answer says was written equals what a later read returns.
     */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
