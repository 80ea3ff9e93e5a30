package io.mdt.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.drift.DatasetRule;
import io.mdt.engine.drift.DriftMethod;
import org.junit.jupiter.api.Test;

class DriftSettingsTest {

    @Test
    void readsDatasetRules() {
        assertThat(DriftSettings.rule("share:0.3")).contains(new DatasetRule(DatasetRule.Kind.SHARE, 0.3));
        assertThat(DriftSettings.rule("BH:0.05")).contains(new DatasetRule(DatasetRule.Kind.BENJAMINI_HOCHBERG, 0.05));
        assertThat(DriftSettings.rule("bonferroni:0.01")).contains(new DatasetRule(DatasetRule.Kind.BONFERRONI, 0.01));
        assertThat(DriftSettings.rule("share:1.5")).isEmpty();
        assertThat(DriftSettings.rule("most")).isEmpty();
        assertThat(DriftSettings.rule("share:x")).isEmpty();
    }

    @Test
    void knowsTheEnginesTestsAndAuto() {
        assertThat(DriftSettings.method("auto")).isEmpty();
        assertThat(DriftSettings.method("ks")).contains(DriftMethod.KS);
        assertThat(DriftSettings.isKnownMethod("jensenshannon")).isTrue();
        assertThat(DriftSettings.isKnownMethod("magic")).isFalse();
    }
}
