package io.mdt.mlflow.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingRecordTest {

    @Test
    void namedParametersAndFiniteMetricsPass() {
        assertThatCode(() -> new TrainingRecord(Map.of("learning_rate", "0.1"), Map.of("val/auc", 0.91)).check())
                .doesNotThrowAnyException();
        assertThatCode(() -> new TrainingRecord(null, null).check()).doesNotThrowAnyException();
    }

    @Test
    void keysMlflowRefusesAndNonFiniteMetricsAreListed() {
        assertThatThrownBy(() -> new TrainingRecord(Map.of("rate%", "1"), Map.of("auc", Double.NaN)).check())
                .isInstanceOfSatisfying(
                        ModelValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::field)
                                .containsExactlyInAnyOrder("params", "metrics.auc"));
    }

    @Test
    void aParameterValueLongerThanMlflowKeepsIsRefused() {
        assertThatThrownBy(() -> new TrainingRecord(Map.of("notes", "x".repeat(6001)), Map.of()).check())
                .isInstanceOf(ModelValidationException.class);
    }
}
