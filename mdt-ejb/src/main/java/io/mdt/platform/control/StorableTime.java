package io.mdt.platform.control;

import java.time.Instant;

/**
 * The times MDT stores: years 1 to 9999. PostgreSQL's {@code timestamptz} reaches further, but
 * ISO-8601 text outside these years needs a sign and more digits that neither clients nor the
 * database read alike, so a time outside them is rejected where it enters.
 */
public final class StorableTime {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final String RANGE = "from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z";

    private StorableTime() {}

    public static boolean storable(Instant time) {
        return !time.isBefore(EARLIEST) && !time.isAfter(LATEST);
    }
}
