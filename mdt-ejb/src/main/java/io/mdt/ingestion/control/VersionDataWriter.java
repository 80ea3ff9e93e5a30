package io.mdt.ingestion.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Stores rows in a version's table in the caller's transaction, keeping the first row of
 * every key: the rows are {@code COPY}ed into a per-connection temporary staging table
 * (emptied at commit), then moved with one {@code INSERT ... SELECT}, whose row count tells the
 * stored from the duplicates. COPY is several times faster than inserts of single rows, and the
 * staging step keeps its speed while giving exact duplicate counts.
 *
 * <p>The version's tables are partitioned by time, and PostgreSQL enforces uniqueness only
 * within a partition, on the key and the partition column together. So the move keeps the
 * first row of each key in the batch (in the order copied), skips keys some partition holds
 * already, and lets the primary key settle a concurrent insert of the same row. The look-up is
 * a lateral subquery with a limit, which the planner can only run as one probe of each
 * partition's primary key index per row: as a plain anti-join it would hash the whole table
 * for every batch once the table outgrows the batch.
 */
@ApplicationScoped
public class VersionDataWriter {

    @Resource(lookup = "jdbc/mdt")
    DataSource dataSource;

    /** Starts a streamed {@code COPY} into a table; rows are written with {@link CopyStream#write}. */
    public CopyStream open(String table, List<String> columns) {
        try {
            var connection = dataSource.getConnection();
            var copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN");
            return new CopyStream(connection, copy);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start storing rows in " + table + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param table the version's table, e.g. {@code mdt_data.predictions_7}
     * @param key the column whose first value wins, unique across the table's partitions
     * @return how many rows were stored; the others were duplicates
     */
    public int insert(String table, String key, List<String> columns, CopyRows rows) {
        if (rows.rows() == 0) {
            return 0;
        }
        var staging = "staging_" + table.substring(table.indexOf('.') + 1);
        var columnList = String.join(", ", columns);
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + staging + " (LIKE " + table
                    + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + staging + " (" + columnList + ") FROM STDIN", new StringReader(rows.content()));
            return statement.executeUpdate("INSERT INTO " + table + " (" + columnList + ") SELECT DISTINCT ON (s." + key
                    + ") " + columnList + " FROM " + staging + " s LEFT JOIN LATERAL (SELECT true AS found FROM "
                    + table
                    + " stored WHERE stored." + key + " = s." + key + " LIMIT 1) f ON true WHERE f.found IS NULL"
                    + " ORDER BY s." + key + ", s.ctid ON CONFLICT DO NOTHING");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot store rows in " + table + ": " + e.getMessage(), e);
        }
    }
}
