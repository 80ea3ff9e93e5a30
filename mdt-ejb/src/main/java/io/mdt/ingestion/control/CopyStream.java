package io.mdt.ingestion.control;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ... FROM STDIN} fed in chunks, so that a load of millions of rows never
 * holds more than a chunk in memory. Part of the caller's transaction.
 */
public final class CopyStream implements AutoCloseable {

    private final Connection connection;
    private final CopyIn copy;

    CopyStream(Connection connection, CopyIn copy) {
        this.connection = connection;
        this.copy = copy;
    }

    public void write(String rows) {
        var bytes = rows.getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store rows: " + e.getMessage(), e);
        }
    }

    /** Completes the copy and returns how many rows were stored. */
    public long finish() {
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store rows: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the connection: " + e.getMessage(), e);
        }
    }
}
