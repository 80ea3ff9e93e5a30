package io.mdt.ingestion.control;

import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.MonitoredModel;
import io.mdt.registry.entity.SchemaColumn;
import io.mdt.registry.entity.Stage;
import io.mdt.registry.entity.TaskType;
import io.mdt.registry.entity.ValueType;
import java.time.Instant;
import java.util.List;

/** A version with one column of every role and type, for tests. */
public final class PredictionRecordsFixture {

    private PredictionRecordsFixture() {}

    public static ModelVersion version() {
        var now = Instant.parse("2026-01-01T00:00:00Z");
        var model = new MonitoredModel("churn", TaskType.BINARY_CLASSIFICATION, null, null, "default", now);
        var columns = List.of(
                new SchemaColumn(0, "id", ColumnRole.ID, ValueType.CATEGORICAL, null, null, null, null),
                new SchemaColumn(1, "ts", ColumnRole.TIMESTAMP, ValueType.CATEGORICAL, null, null, null, null),
                new SchemaColumn(2, "age", ColumnRole.FEATURE, ValueType.NUMERICAL, 0.0, 120.0, null, null),
                new SchemaColumn(
                        3, "country", ColumnRole.FEATURE, ValueType.CATEGORICAL, null, null, List.of("DE", "FR"), null),
                new SchemaColumn(4, "vip", ColumnRole.FEATURE, ValueType.BOOLEAN, null, null, null, null),
                new SchemaColumn(5, "churn", ColumnRole.PREDICTION, ValueType.NUMERICAL, null, null, null, null),
                new SchemaColumn(6, "p_yes", ColumnRole.PREDICTION_SCORE, ValueType.NUMERICAL, null, null, null, null),
                new SchemaColumn(7, "outcome", ColumnRole.TARGET, ValueType.NUMERICAL, null, null, null, null),
                new SchemaColumn(8, "region", ColumnRole.SEGMENT, ValueType.CATEGORICAL, null, null, null, null));
        return new ModelVersion(model, "v1", Stage.PRODUCTION, null, null, columns, null, null, now);
    }
}
