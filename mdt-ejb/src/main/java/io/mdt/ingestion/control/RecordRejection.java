package io.mdt.ingestion.control;

/** One record breaks the schema; the message is the reason reported for it. */
class RecordRejection extends RuntimeException {

    RecordRejection(String reason) {
        super(reason, null, false, false);
    }
}
