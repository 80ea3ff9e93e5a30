package io.mdt.registry.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a version's stage and its MLflow registry version's stage are reconciled by a sync. */
class ModelVersionStageTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = CREATED.plusSeconds(300);

    @Test
    void aStageChangedInMdtAfterRegistrationIsWrittenToTheRegistryNotUndone() {
        var version = version(Stage.STAGING);
        version.linkToMlflow("churn", "3", Stage.STAGING, CREATED);
        version.promote(Stage.PRODUCTION, LATER);

        assertThat(version.reconcile(Stage.STAGING, LATER)).isEqualTo(StageReconciliation.WRITE_TO_REGISTRY);
        assertThat(version.getStage()).isEqualTo(Stage.PRODUCTION);

        version.writtenToRegistry();
        assertThat(version.reconcile(Stage.PRODUCTION, LATER)).isEqualTo(StageReconciliation.AGREED);
    }

    @Test
    void aStageChangedInTheRegistryIsFollowedEvenWhenMdtChangedItToo() {
        var version = version(Stage.STAGING);
        version.linkToMlflow("churn", "3", Stage.STAGING, CREATED);
        version.promote(Stage.PRODUCTION, CREATED);

        assertThat(version.reconcile(Stage.ARCHIVED, LATER)).isEqualTo(StageReconciliation.FOLLOWED_REGISTRY);
        assertThat(version.getStage()).isEqualTo(Stage.ARCHIVED);
        assertThat(version.getUpdated()).isEqualTo(LATER);
        assertThat(version.reconcile(Stage.ARCHIVED, LATER)).isEqualTo(StageReconciliation.AGREED);
    }

    @Test
    void aLinkMadeByAUserFollowsTheRegistryAtItsFirstSync() {
        var version = version(Stage.STAGING);
        version.linkToMlflow("churn", "1", CREATED);

        assertThat(version.reconcile(Stage.PRODUCTION, LATER)).isEqualTo(StageReconciliation.FOLLOWED_REGISTRY);
        assertThat(version.getStage()).isEqualTo(Stage.PRODUCTION);
    }

    @Test
    void aLinkWhoseStagesAgreeIsRememberedSoThatALaterChangeInMdtIsWritten() {
        var version = version(Stage.PRODUCTION);
        version.linkToMlflow("churn", "1", CREATED);

        assertThat(version.reconcile(Stage.PRODUCTION, LATER)).isEqualTo(StageReconciliation.AGREED);
        version.promote(Stage.ARCHIVED, LATER);
        assertThat(version.reconcile(Stage.PRODUCTION, LATER)).isEqualTo(StageReconciliation.WRITE_TO_REGISTRY);
    }

    @Test
    void unlinkingForgetsTheRegistryStage() {
        var version = version(Stage.STAGING);
        version.linkToMlflow("churn", "3", Stage.STAGING, CREATED);
        version.linkToMlflow(null, null, CREATED);
        version.linkToMlflow("churn", "4", CREATED);

        assertThat(version.reconcile(Stage.PRODUCTION, LATER)).isEqualTo(StageReconciliation.FOLLOWED_REGISTRY);
    }

    private static ModelVersion version(Stage stage) {
        var model = new MonitoredModel("churn", TaskType.BINARY_CLASSIFICATION, null, null, "default", CREATED);
        var columns = List.of(
                new SchemaColumn(0, "score", ColumnRole.PREDICTION_SCORE, ValueType.NUMERICAL, null, null, null, null));
        return new ModelVersion(model, "v1", stage, null, null, columns, null, null, CREATED);
    }
}
