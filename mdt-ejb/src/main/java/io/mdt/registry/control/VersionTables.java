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
 * feature, prediction, score and segment), {@code actuals_<id>} (one row per prediction id).
 * Columns are named by schema position ({@code c0}, {@code c1}, ...), so no user text reaches
 * SQL. PostgreSQL DDL is transactional: the tables exist exactly when the version does.
 */
@ApplicationScoped
public class VersionTables {

    public static final String SCHEMA = "mdt_data";

    @PersistenceContext
    EntityManager em;

    public static String predictions(long versionId) {
        return SCHEMA + ".predictions_" + versionId;
    }

    public static String actuals(long versionId) {
        return SCHEMA + ".actuals_" + versionId;
    }

    public void create(ModelVersion version) {
        var values = version.predictionValueColumns().stream()
                .map(c -> ", " + c.sqlName() + " " + c.getType().sqlType())
                .collect(Collectors.joining());
        execute("CREATE TABLE " + predictions(version.getId()) + " (prediction_id text PRIMARY KEY,"
                + " event_time timestamptz NOT NULL, ingested_at timestamptz NOT NULL DEFAULT now()" + values + ")");
        execute("CREATE INDEX ON " + predictions(version.getId()) + " USING brin (event_time)");
        execute("CREATE INDEX ON " + predictions(version.getId()) + " USING brin (ingested_at)");
        var target = version.column(ColumnRole.TARGET).map(SchemaColumn::getType);
        execute("CREATE TABLE " + actuals(version.getId()) + " (prediction_id text PRIMARY KEY, actual "
                + target.map(t -> t.sqlType()).orElse("text") + ", actual_time timestamptz NOT NULL,"
                + " ingested_at timestamptz NOT NULL DEFAULT now())");
        execute("CREATE INDEX ON " + actuals(version.getId()) + " USING brin (ingested_at)");
    }

    public static String reference(long datasetId) {
        return SCHEMA + ".reference_" + datasetId;
    }

    /** The table of one reference dataset: the version's prediction values and target, typed. */
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

    public void createReference(ModelVersion version, long datasetId) {
        var columns = version.referenceColumns().stream()
                .map(c -> c.sqlName() + " " + c.getType().sqlType())
                .collect(Collectors.joining(", "));
        execute("CREATE TABLE " + reference(datasetId) + " (" + columns + ")");
    }

    /** Removes the data of versions whose rows the database is about to delete with their model. */
    public void drop(long versionId) {
        execute("DROP TABLE IF EXISTS " + predictions(versionId));
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
