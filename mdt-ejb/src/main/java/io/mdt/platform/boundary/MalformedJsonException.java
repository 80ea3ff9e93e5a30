package io.mdt.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A JSON document that breaks MDT's strict reading (see {@code StrictJson}): what is wrong, and
 * where, as a path such as {@code columns[2].minimum} ({@code body} for the document itself).
 * Raised before anything is written, so a listener can still dead-letter the message.
 */
@ApplicationException(rollback = false)
public class MalformedJsonException extends RuntimeException {

    private final String field;

    public MalformedJsonException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The reason without the path. */
    public String reason() {
        return getMessage().substring(field.length() + 1);
    }
}
