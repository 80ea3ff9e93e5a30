package io.mdt.alerting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertTemplatesTest {

    @Test
    void rendersFiguresAndLabels() {
        var text = AlertTemplates.render(
                "{{column}} of {{ model }} at {{value}} ({{labels.team}}){{missing}}",
                Map.of("column", "age", "model", "fraud", "value", "0.25"),
                Map.of("team", "risk"));
        assertThat(text).isEqualTo("age of fraud at 0.25 (risk)");
    }

    @Test
    void quotesReplacementsLiterally() {
        assertThat(AlertTemplates.render("{{column}}", Map.of("column", "$1\\x"), Map.of()))
                .isEqualTo("$1\\x");
    }

    @Test
    void refusesUnknownPlaceholders() {
        assertThat(AlertTemplates.problems("{{model}} {{labels.team}}")).isEmpty();
        assertThat(AlertTemplates.problems("{{modle}}"))
                .singleElement()
                .asString()
                .contains("{{modle}}");
    }

    @Test
    void writesNumbersAsPeopleReadThem() {
        assertThat(AlertTemplates.number(0.123456)).isEqualTo("0.1235");
        assertThat(AlertTemplates.number(0.5)).isEqualTo("0.5");
        assertThat(AlertTemplates.number(12345.0)).isEqualTo("12350");
        assertThat(AlertTemplates.number(null)).isEmpty();
    }
}
