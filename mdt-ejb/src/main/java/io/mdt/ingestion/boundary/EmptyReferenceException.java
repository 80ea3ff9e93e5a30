package io.mdt.ingestion.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * No row of a reference upload is valid, or the chosen time range holds no prediction. The
 * dataset's table was already created, so the transaction is rolled back and nothing remains.
 */
@ApplicationException(rollback = true)
public class EmptyReferenceException extends RuntimeException {

    private final transient List<RejectedRecord> rejected;

    public EmptyReferenceException(String reason, List<RejectedRecord> rejected) {
        super(reason);
        this.rejected = List.copyOf(rejected);
    }

    public List<RejectedRecord> rejected() {
        return rejected;
    }
}
