package io.mdt.ingestion.control;

import io.mdt.registry.control.VersionTables;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Stores rows in a version's tables in the caller's transaction, keeping the first row of
 * every prediction id: the rows (already without repeated ids, {@link CopyRows#key}) are
 * {@code COPY}ed into a per-connection temporary staging table (emptied at commit), then moved
 * with one statement whose row count tells the stored from the duplicates. COPY is several
 * times faster than inserts of single rows, and the staging step keeps its speed while giving
 * exact duplicate counts.
 *
 * <p>The tables are partitioned by week, and PostgreSQL enforces uniqueness only within a
 * partition. Predictions, the volume, keep their ids unique in the version's key table
 * ({@code predictions_<id>_keys}): the statement inserts the batch's ids there first, skipping
 * those already present, and stores the rows whose ids went in, which costs one index insert
 * per row as an unpartitioned table's key did. Actuals look the batch's ids up in every
 * partition's primary key with one array scan each, then let the key settle a concurrent
 * insert of the same row.
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

    /** Stores predictions whose ids the version's key table does not hold yet; returns how many. */
    public int insertPredictions(long versionId, List<String> columns, CopyRows rows) {
        var table = VersionTables.predictions(versionId);
        var columnList = String.join(", ", columns);
        return stage(
                table,
                columnList,
                rows,
                "WITH fresh AS (INSERT INTO " + VersionTables.predictionKeys(versionId)
                        + " (prediction_id, " + VersionTables.PREDICTIONS_KEY + ") SELECT prediction_id, "
                        + VersionTables.PREDICTIONS_KEY + " FROM %s ON CONFLICT DO NOTHING RETURNING prediction_id)"
                        + " INSERT INTO " + table + " (" + columnList + ") SELECT " + columnList
                        + " FROM %<s s WHERE s.prediction_id IN (SELECT prediction_id FROM fresh)");
    }

    /** Stores actuals whose prediction ids no partition holds yet; returns how many. */
    public int insertActuals(long versionId, List<String> columns, CopyRows rows) {
        var table = VersionTables.actuals(versionId);
        var columnList = String.join(", ", columns);
        return stage(
                table,
                columnList,
                rows,
                "INSERT INTO " + table + " (" + columnList + ") SELECT " + columnList
                        + " FROM %s s WHERE NOT EXISTS (SELECT 1 FROM (SELECT stored.prediction_id FROM " + table
                        + " stored WHERE stored.prediction_id = ANY (ARRAY(SELECT prediction_id FROM %<s))) known"
                        + " WHERE known.prediction_id = s.prediction_id) ON CONFLICT DO NOTHING");
    }

    /**
     * Copies the rows into the table's staging table and runs the statement that moves them.
     *
     * @param move the statement, {@code %s} standing for the staging table
     */
    private int stage(String table, String columnList, CopyRows rows, String move) {
        if (rows.rows() == 0) {
            return 0;
        }
        var staging = "staging_" + table.substring(table.indexOf('.') + 1);
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + staging + " (LIKE " + table
                    + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + staging + " (" + columnList + ") FROM STDIN", new StringReader(rows.content()));
            return statement.executeUpdate(move.formatted(staging));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot store rows in " + table + ": " + e.getMessage(), e);
        }
    }
}
