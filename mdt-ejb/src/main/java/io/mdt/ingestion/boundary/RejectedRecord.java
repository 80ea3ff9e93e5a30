package io.mdt.ingestion.boundary;

import java.io.Serializable;

/**
 * A record of a batch that was not stored: its zero-based index in the batch, why, and the
 * record itself as JSON (null when it was not an object), so a message listener can
 * dead-letter exactly the records that failed.
 */
public record RejectedRecord(int index, String reason, String record) implements Serializable {}
