package io.mdt.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.monitoring.entity.MetricThreshold;
import io.mdt.registry.boundary.Violation;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class MetricThresholdsTest {

    private final ArrayList<Violation> violations = new ArrayList<>();

    @Test
    void takesEachKindWithWhatItNeeds() {
        assertThat(MetricThresholds.check("t", new ThresholdDraft("fixed", 0.7, null, null), violations))
                .isEqualTo(new MetricThreshold("FIXED", 0.7, null, null));
        assertThat(MetricThresholds.check("t", new ThresholdDraft("RELATIVE", 0.05, 2.0, null), violations))
                .isEqualTo(new MetricThreshold("RELATIVE", 0.05, 2.0, null));
        assertThat(MetricThresholds.check("t", new ThresholdDraft("STANDARD_DEVIATION", null, null, null), violations))
                .isEqualTo(new MetricThreshold("STANDARD_DEVIATION", null, null, 3.0));
        assertThat(violations).isEmpty();
    }

    @Test
    void namesWhatEachBrokenRuleBreaks() {
        assertThat(MetricThresholds.check("a", new ThresholdDraft("FIXED", null, null, 2.0), violations))
                .isNull();
        assertThat(MetricThresholds.check("b", new ThresholdDraft("FIXED", 0.9, 0.1, null), violations))
                .isNull();
        assertThat(MetricThresholds.check("c", new ThresholdDraft("RELATIVE", 1.5, null, null), violations))
                .isNull();
        assertThat(MetricThresholds.check("d", new ThresholdDraft("STANDARD_DEVIATION", 0.1, null, 0.0), violations))
                .isNull();
        assertThat(MetricThresholds.check("e", new ThresholdDraft("sideways", null, null, null), violations))
                .isNull();
        assertThat(MetricThresholds.check("f", null, violations)).isNull();
        assertThat(MetricThresholds.check("g", new ThresholdDraft("FIXED", Double.NaN, null, null), violations))
                .isNull();

        assertThat(violations)
                .extracting(Violation::field)
                .containsExactly("a", "a.k", "b", "c.lower", "d.k", "d.lower", "e.kind", "f.kind", "g.lower");
    }
}
