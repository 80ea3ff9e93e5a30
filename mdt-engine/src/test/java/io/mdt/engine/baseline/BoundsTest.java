package io.mdt.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundsTest {

    private final Bounds band = new Bounds(0.7, 0.9);

    @Test
    void verdictComparesWithBothSides() {
        assertThat(band.verdict(0.69)).isEqualTo(Verdict.BELOW);
        assertThat(band.verdict(0.7)).isEqualTo(Verdict.WITHIN);
        assertThat(band.verdict(0.9)).isEqualTo(Verdict.WITHIN);
        assertThat(band.verdict(0.91)).isEqualTo(Verdict.ABOVE);
    }

    @Test
    void missingValuesAreUndefined() {
        assertThat(band.verdict(null)).isEqualTo(Verdict.UNDEFINED);
        assertThat(band.verdict(Double.NaN)).isEqualTo(Verdict.UNDEFINED);
    }

    @Test
    void unboundedSidesNeverAlert() {
        assertThat(new Bounds(null, 0.9).verdict(-1e300)).isEqualTo(Verdict.WITHIN);
        assertThat(new Bounds(0.7, null).verdict(1e300)).isEqualTo(Verdict.WITHIN);
        assertThat(Bounds.unbounded("why").verdict(5.0)).isEqualTo(Verdict.WITHIN);
    }

    @Test
    void clipKeepsBoundsInTheMetricsRange() {
        assertThat(new Bounds(-0.1, 1.02).clip(0, 1)).isEqualTo(new Bounds(0.0, 1.0));
        assertThat(new Bounds(1.1, 1.2).clip(0, 1)).isEqualTo(new Bounds(1.0, 1.0));
        assertThat(new Bounds(0.2, 0.3).clip(0, 1)).isEqualTo(new Bounds(0.2, 0.3));
    }

    @Test
    void clipLeavesUnboundedSidesAndTheReason() {
        assertThat(new Bounds(null, 1.5, "r").clip(0, 1)).isEqualTo(new Bounds(null, 1.0, "r"));
    }

    @Test
    void rejectsNaNAndCrossedBounds() {
        assertThatThrownBy(() -> new Bounds(Double.NaN, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bounds(2.0, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
