package io.mdt.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceSettingsConverterTest {

    private final PerformanceSettingsConverter converter = new PerformanceSettingsConverter();

    @Test
    void keepsEverySettingThroughTheDatabase() {
        var settings = new PerformanceSettings(
                List.of("roc_auc", "accuracy"),
                250,
                12,
                Map.of(
                        "accuracy", new MetricThreshold("RELATIVE", 0.05, null, null),
                        "*", new MetricThreshold("STANDARD_DEVIATION", null, null, 2.5)),
                false,
                3_600);

        var stored = converter.convertToDatabaseColumn(settings);

        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(settings);
        assertThat(converter.convertToEntityAttribute(null)).isNull();
        assertThat(settings.threshold("roc_auc").k()).isEqualTo(2.5);
        assertThat(settings.threshold("accuracy").kind()).isEqualTo("RELATIVE");
    }
}
