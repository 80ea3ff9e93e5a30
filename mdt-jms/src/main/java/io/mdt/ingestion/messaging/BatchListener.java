package io.mdt.ingestion.messaging;

import io.mdt.ingestion.boundary.BatchTooLargeException;
import io.mdt.ingestion.boundary.IngestionReport;
import io.mdt.ingestion.boundary.MalformedBatchException;
import io.mdt.platform.boundary.DeadLetters;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.VersionNotFoundException;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Hands the JSON batch of a message to ingestion, in the message's transaction: once the
 * message is consumed, its valid records are committed. A message that cannot be read as a
 * batch for a known version goes to the dead-letter queue whole, with the reason; each
 * rejected record of an otherwise readable batch goes there alone, with its own reason.
 */
abstract class BatchListener implements MessageListener {

    /**
     * Messages of one queue taken in parallel per server: the system property
     * {@code mdt.ingestion.consumers}, set in the domain and read at deployment.
     */
    static final String CONSUMERS = "${mdt.ingestion.consumers}";

    static final String MODEL = "model";
    static final String VERSION = "version";

    @Inject
    DeadLetters deadLetters;

    abstract String queue();

    abstract IngestionReport ingest(String model, String version, Reader body);

    @Override
    public void onMessage(Message message) {
        IngestionReport report;
        try {
            report = ingest(property(message, MODEL), property(message, VERSION), body(message));
        } catch (MalformedBatchException
                | BatchTooLargeException
                | ModelNotFoundException
                | VersionNotFoundException
                | UnreadableMessageException rejected) {
            deadLetters.reject(message, queue(), rejected.getMessage());
            return;
        }
        report.rejected()
                .forEach(record ->
                        deadLetters.rejectRecord(message, queue(), record.index(), record.record(), record.reason()));
    }

    private static String property(Message message, String name) {
        try {
            var value = message.getStringProperty(name);
            if (value == null || value.isBlank()) {
                throw new UnreadableMessageException("missing the string property '" + name + "'");
            }
            return value;
        } catch (JMSException e) {
            throw new UnreadableMessageException("cannot read the property '" + name + "': " + e.getMessage());
        }
    }

    /**
     * The JSON of a text message, or of a bytes message in UTF-8. Bytes are the cheaper
     * form for large batches: the broker client hands them over in bulk, where a text
     * body is decoded character by character. Malformed UTF-8 fails the batch rather than
     * being replaced.
     */
    private static Reader body(Message message) {
        try {
            if (message instanceof TextMessage text) {
                return new StringReader(text.getText() == null ? "" : text.getText());
            }
            if (message instanceof BytesMessage bytes) {
                var body = bytes.getBodyLength() == 0 ? new byte[0] : bytes.getBody(byte[].class);
                return new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8.newDecoder());
            }
        } catch (JMSException e) {
            throw new UnreadableMessageException("cannot read the message body: " + e.getMessage());
        }
        throw new UnreadableMessageException("expected a text message, or a bytes message in UTF-8, with JSON records");
    }

    /** The message itself, not its records, cannot be taken. */
    static class UnreadableMessageException extends RuntimeException {
        UnreadableMessageException(String reason) {
            super(reason);
        }
    }
}
