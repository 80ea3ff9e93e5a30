package io.mdt.retraining.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.monitoring.boundary.LabelledPredictions;
import io.mdt.registry.entity.ValueType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSetTest {

    @Test
    void theHoldOutKeepsEveryFeatureAndTrainingTheNumericalOnesOfCompleteRows() {
        var rows = rows(200);

        var set = TrainingSet.split(rows, true, 0.25);

        assertThat(set.features()).containsExactly("x");
        assertThat(set.incomplete()).isEqualTo(20);
        assertThat(set.rows().length + set.holdout().size()).isEqualTo(180);
        assertThat(set.holdout()).allSatisfy(input -> {
            assertThat(HoldOut.holds(input.predictionId(), 0.25)).isTrue();
            assertThat(input.features().keySet()).containsExactly("x", "region", "vip");
            assertThat(input.features().get("vip").getValueType())
                    .isIn(jakarta.json.JsonValue.ValueType.TRUE, jakarta.json.JsonValue.ValueType.FALSE);
        });
        assertThat(set.labels()).hasSize(set.rows().length).containsOnly("0", "1");
        assertThat(set.values()).isNull();
    }

    @Test
    void tooFewRowsAreRefusedWithTheCounts() {
        assertThatThrownBy(() -> TrainingSet.split(rows(20), true, 0.2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 20 and 10");
    }

    private static LabelledPredictions.Rows rows(int n) {
        var ids = new String[n];
        var times = new Instant[n];
        var x = new double[n];
        var region = CategoricalColumn.builder("region");
        var vip = CategoricalColumn.builder("vip");
        var target = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "id-" + i;
            times[i] = Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i);
            x[i] = i % 10 == 0 ? Double.NaN : i;
            region.add(i % 2 == 0 ? "EU" : "US");
            vip.add(i % 3 == 0 ? "true" : "false");
            target[i] = i % 2;
        }
        return new LabelledPredictions.Rows(
                ids,
                times,
                List.of(new NumericalColumn("x", x), region.build(), vip.build()),
                List.of(ValueType.NUMERICAL, ValueType.CATEGORICAL, ValueType.BOOLEAN),
                new NumericalColumn("target", target));
    }
}
