package io.mdt.ingestion.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The body is not a record or an array of records in JSON, so no record can be told apart.
 * Raised before anything is written.
 */
@ApplicationException(rollback = false)
public class MalformedBatchException extends RuntimeException {

    public MalformedBatchException(String reason) {
        super(reason);
    }
}
