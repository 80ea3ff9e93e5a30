package io.mdt.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CronScheduleTest {

    @Test
    void passesTheFiveFieldsToTheCalendar() {
        var expression = CronSchedule.parse("5 */2 1-15 * MON-FRI").orElseThrow();

        assertThat(expression.getSecond()).isEqualTo("0");
        assertThat(expression.getMinute()).isEqualTo("5");
        assertThat(expression.getHour()).isEqualTo("*/2");
        assertThat(expression.getDayOfMonth()).isEqualTo("1-15");
        assertThat(expression.getDayOfWeek()).isEqualTo("MON-FRI");
    }

    @Test
    void rejectsWhatIsNotFiveFields() {
        assertThat(CronSchedule.parse("every hour")).isEmpty();
        assertThat(CronSchedule.parse("0 * * *")).isEmpty();
        assertThat(CronSchedule.parse("0 * * * * *")).isEmpty();
        assertThat(CronSchedule.parse(null)).isEmpty();
    }
}
