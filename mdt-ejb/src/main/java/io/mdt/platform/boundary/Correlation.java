package io.mdt.platform.boundary;

import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The correlation id of the work a thread is doing: taken from a request's {@value #HEADER}
 * header (or made up), carried in the {@value #PROPERTY} property of every message MDT sends
 * while doing it, and taken up again by the listener that receives the message, so that one
 * id follows a request from REST through ingestion and evaluation to the alerts it raises.
 * Every record of a logger made by {@link #logger} carries it as the {@value #LOG_FIELD} field
 * of the JSON server log (Payara's JSON formatter writes a map parameter as fields).
 */
public final class Correlation {

    public static final String HEADER = "X-Request-Id";

    public static final String PROPERTY = "mdtCorrelationId";

    public static final String LOG_FIELD = "correlationId";

    /** What a caller's id may be: short and plain, so that it cannot forge log lines or fields. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Correlation() {}

    /** The current work's id; null outside any. */
    public static String current() {
        return CURRENT.get();
    }

    /** The current work's id, or a new one for work that has none. */
    public static String currentOrNew() {
        var id = CURRENT.get();
        return id != null ? id : UUID.randomUUID().toString();
    }

    /**
     * Starts work under the given id when it is acceptable; otherwise under the current one, or
     * a new one. Closing the scope restores what was current before.
     */
    public static Scope open(String candidate) {
        var previous = CURRENT.get();
        var id = candidate != null && ACCEPTED.matcher(candidate).matches() ? candidate : currentOrNew();
        CURRENT.set(id);
        return new Scope(id, previous);
    }

    /** Starts the work a message asks for, under the id it carries. */
    public static Scope open(Message message) {
        try {
            return open(message.getStringProperty(PROPERTY));
        } catch (JMSException e) {
            return open((String) null);
        }
    }

    /** Marks a message about to be sent as part of the current work. */
    public static JMSProducer tag(JMSProducer producer) {
        return producer.setProperty(PROPERTY, currentOrNew());
    }

    /** A logger whose records carry the current id. */
    public static Logger logger(Class<?> type) {
        var logger = Logger.getLogger(type.getName());
        logger.setFilter(Correlation::withId);
        return logger;
    }

    private static boolean withId(LogRecord record) {
        var id = CURRENT.get();
        if (id != null) {
            var parameters = record.getParameters();
            var extended = parameters == null ? new Object[1] : Arrays.copyOf(parameters, parameters.length + 1);
            extended[extended.length - 1] = Map.of(LOG_FIELD, id);
            record.setParameters(extended);
        }
        return true;
    }

    /** Work under one id; closing it restores the id current before. */
    public record Scope(String id, String previous) implements AutoCloseable {

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
