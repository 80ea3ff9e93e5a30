package io.mdt.mlflow.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.registry.entity.Stage;
import org.junit.jupiter.api.Test;

class StageMappingTest {

    @Test
    void mlflowStagesAreMdtStagesAndNoneIsStaging() {
        assertThat(StageMapping.of("None")).isEqualTo(Stage.STAGING);
        assertThat(StageMapping.of("Staging")).isEqualTo(Stage.STAGING);
        assertThat(StageMapping.of("Production")).isEqualTo(Stage.PRODUCTION);
        assertThat(StageMapping.of("Archived")).isEqualTo(Stage.ARCHIVED);
    }

    @Test
    void anUnknownOrMissingStageIsNotMapped() {
        assertThat(StageMapping.of("Canary")).isNull();
        assertThat(StageMapping.of(null)).isNull();
    }
}
