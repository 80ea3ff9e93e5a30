package io.mdt.alerting.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.alerting.boundary.AlertQuery;
import org.junit.jupiter.api.Test;

class AlertFilterTest {

    @Test
    void asksForTheStateSeverityModelAndSubjectOfTheAddressAtThePage() {
        var query = new AlertFilter("acknowledged", "critical", "churn", "age").query(2, 20);

        assertThat(query).isEqualTo(new AlertQuery("acknowledged", "critical", "churn", "age", null, null, 2, 20));
    }

    @Test
    void allStatesAndBlankFiltersSelectEverything() {
        var query = new AlertFilter(AlertFilter.ALL, "", "  ", null).query(0, 50);

        assertThat(query).isEqualTo(new AlertQuery(null, null, null, null, null, null, 0, 50));
    }

    @Test
    void stripsWhatWasTyped() {
        var query = new AlertFilter(AlertFilter.OPEN, null, " churn ", " age").query(0, 1);

        assertThat(query.model()).isEqualTo("churn");
        assertThat(query.subject()).isEqualTo("age");
        assertThat(query.state()).isEqualTo("open");
    }
}
