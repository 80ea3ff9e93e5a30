package io.mdt.registry.control;

import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.SchemaColumn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The typed tables that hold a version's data, in the {@code mdt_data} schema:
 * {@code predictions_<id>} (one row per prediction: id, event time, one typed column per
 * feature, prediction, score and segment), {@code actuals_<id>} (one row per prediction id),
 * each partitioned by week ({@code io.mdt.retention}).
 * Columns are named by schema position ({@code c0}, {@code c1}, ...), so no user text reaches
 * SQL. PostgreSQL DDL is transactional: the tables exist exactly when the version does.
 */
@ApplicationScoped
public class VersionTables {

    public static final String SCHEMA = "mdt_data";

    /** The column that partitions a version's predictions: their event time. */
    public static final String PREDICTIONS_KEY = "event_time";

    /** The column that partitions a version's actuals: when they arrived, always about now. */
    public static final String ACTUALS_KEY = "ingested_at";

    @PersistenceContext
    EntityManager em;

    public static String predictions(long versionId) {
        return SCHEMA + "." + predictionsName(versionId);
    }

    public static String actuals(long versionId) {
        return SCHEMA + "." + actualsName(versionId);
    }

    /**
     * The version's prediction ids with their event times, unpartitioned: what keeps an id
     * unique across the weekly partitions of its predictions.
     */
    public static String predictionKeys(long versionId) {
        return predictions(versionId) + "_keys";
    }

    /** The name of the version's predictions table within {@value #SCHEMA}. */
    public static String predictionsName(long versionId) {
        return "predictions_" + versionId;
    }

    /** The name of the version's actuals table within {@value #SCHEMA}. */
    public static String actualsName(long versionId) {
        return "actuals_" + versionId;
    }

    /**
     * Creates the version's tables, partitioned by time (see {@code V17__partitioned_data.sql}):
     * each starts as a plain table that becomes its own default partition, so its definition
     * is the one every later partition is made like.
     */
    public void create(ModelVersion version) {
        var values = version.predictionValueColumns().stream()
                .map(c -> ", " + c.sqlName() + " " + c.getType().sqlType())
                .collect(Collectors.joining());
        execute("CREATE TABLE " + predictions(version.getId()) + " (prediction_id text NOT NULL,"
                + " event_time timestamptz NOT NULL, ingested_at timestamptz NOT NULL DEFAULT now()" + values + ")");
        partition(predictionsName(version.getId()), PREDICTIONS_KEY, true, "event_time", "ingested_at");
        var target = version.column(ColumnRole.TARGET).map(SchemaColumn::getType);
        execute("CREATE TABLE " + actuals(version.getId()) + " (prediction_id text NOT NULL, actual "
                + target.map(t -> t.sqlType()).orElse("text") + ", actual_time timestamptz NOT NULL,"
                + " ingested_at timestamptz NOT NULL DEFAULT now())");
        partition(actualsName(version.getId()), ACTUALS_KEY, false, "ingested_at");
    }

    /**
     * @param keys whether the table's prediction ids are kept unique by a table of their own
     *     ({@link #predictionKeys}) rather than by each partition's primary key
     */
    private void partition(String table, String key, boolean keys, String... indexed) {
        em.createNativeQuery("SELECT mdt_data.partition_by_time(?1, ?2, CAST(?3 AS text[]), ?4)")
                .setParameter(1, table)
                .setParameter(2, key)
                .setParameter(3, "{" + String.join(",", indexed) + "}")
                .setParameter(4, keys)
                .getSingleResult();
    }

    public static String reference(long datasetId) {
        return SCHEMA + ".reference_" + datasetId;
    }

    /** Whether any version of the model stored a prediction at or after {@code since}. */
    public boolean receivedSince(long modelId, Instant since) {
        @SuppressWarnings("unchecked")
        List<Number> versions = em.createNativeQuery("SELECT id FROM model_version WHERE model_id = ?1")
                .setParameter(1, modelId)
                .getResultList();
        return versions.stream()
                .anyMatch(version -> !em.createNativeQuery("SELECT 1 FROM " + predictions(version.longValue())
                                + " WHERE ingested_at >= ?1 LIMIT 1")
                        .setParameter(1, Timestamp.from(since))
                        .getResultList()
                        .isEmpty());
    }

    /** The table of one reference dataset: the version's prediction values and target, typed. */
    public void createReference(ModelVersion version, long datasetId) {
        var columns = version.referenceColumns().stream()
                .map(c -> c.sqlName() + " " + c.getType().sqlType())
                .collect(Collectors.joining(", "));
        execute("CREATE TABLE " + reference(datasetId) + " (" + columns + ")");
    }

    /** Removes the data of versions whose rows the database is about to delete with their model. */
    public void drop(long versionId) {
        execute("DROP TABLE IF EXISTS " + predictions(versionId));
        execute("DROP TABLE IF EXISTS " + predictionKeys(versionId));
        execute("DROP TABLE IF EXISTS " + actuals(versionId));
        em.createNativeQuery("SELECT id FROM reference_dataset WHERE version_id = ?1")
                .setParameter(1, versionId)
                .getResultList()
                .forEach(id -> execute("DROP TABLE IF EXISTS " + reference(((Number) id).longValue())));
    }

    private void execute(String ddl) {
        em.createNativeQuery(ddl).executeUpdate();
    }
}
