package io.mdt.ingestion.boundary;

import jakarta.ejb.ApplicationException;

/** A batch has more records than one request or message may carry. Raised before any write. */
@ApplicationException(rollback = false)
public class BatchTooLargeException extends RuntimeException {

    public BatchTooLargeException(int limit) {
        super("a batch may hold at most " + limit + " records");
    }
}
