package io.mdt.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Probes the database and the broker for the readiness checks, outside any transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformStatus {

    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = "jdbc/mdt")
    DataSource dataSource;

    @Resource(lookup = "jms/mdtConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/deadLetter")
    Queue deadLetter;

    public ComponentStatus database() {
        try (var connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return new ComponentStatus(false, "connection is not valid");
            }
            var meta = connection.getMetaData();
            return ComponentStatus.up(meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        } catch (SQLException e) {
            return ComponentStatus.down(e);
        }
    }

    /** Browses the dead-letter queue, which needs a round trip to the broker. */
    public ComponentStatus broker() {
        try (var context = connectionFactory.createContext();
                var browser = context.createBrowser(deadLetter)) {
            var deadLettersPresent = browser.getEnumeration().hasMoreElements();
            return ComponentStatus.up(deadLettersPresent ? "dead letters waiting" : "no dead letters");
        } catch (JMSException | JMSRuntimeException e) {
            return ComponentStatus.down(e);
        }
    }
}
