package io.mdt.monitoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

    @Test
    void givesTheCalendarExplicitValueLists() {
        var expression = CronSchedule.parse("5 */6 1-15/7 * MON-FRI");

        assertThat(expression.getSecond()).isEqualTo("0");
        assertThat(expression.getMinute()).isEqualTo("5");
        assertThat(expression.getHour()).isEqualTo("0,6,12,18");
        assertThat(expression.getDayOfMonth()).isEqualTo("1,8,15");
        assertThat(expression.getMonth()).isEqualTo("*");
        assertThat(expression.getDayOfWeek()).isEqualTo("1,2,3,4,5");
    }

    @Test
    void readsNamesListsAndOpenSteps() {
        var expression = CronSchedule.parse("0,30 9 * jan,JUL 0/3");

        assertThat(expression.getMinute()).isEqualTo("0,30");
        assertThat(expression.getMonth()).isEqualTo("1,7");
        assertThat(expression.getDayOfWeek()).isEqualTo("0,3,6");
    }

    @Test
    void takesSundayAsSeven() {
        assertThat(CronSchedule.parse("0 0 * * 7").getDayOfWeek()).isEqualTo("7");
    }

    @Test
    void acceptsTheLeapDay() {
        assertThat(CronSchedule.parse("0 0 29 2 *").getDayOfMonth()).isEqualTo("29");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*/0 * * * *", "0 */0 * * *", "60 * * * *", "0 24 * * *", "0 0 0 * *", "0 0 32 * *", "0 0 * 13 *",
                "0 0 * 0 *", "0 0 * * 8", "a * * * *", "0 0 * FOO *", "5-1 * * * *", "1/2/3 * * * *", "1-2-3 * * * *",
                "*/61 * * * *", "0 0 30 2 *", "0 0 31 4,6,9,11 *", ", * * * *", "1, * * * *", "0 0 * * MON-",
                        "% * * * *",
                "every hour", "0 * * *", "0 * * * * *", "1000 * * * *"
            })
    void refusesWhatNeverOrWronglyFires(String cron) {
        assertThatThrownBy(() -> CronSchedule.parse(cron))
                .as(cron)
                .isInstanceOf(CronSchedule.InvalidCronException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void saysWhichFieldIsWrong() {
        assertThatThrownBy(() -> CronSchedule.parse("60 * * * *"))
                .hasMessage("the minute field '60' has a value 60 outside 0 to 59");
        assertThatThrownBy(() -> CronSchedule.parse("*/0 * * * *"))
                .hasMessage("the minute field '*/0' has a step 0 outside 1 to 60");
    }

    @Test
    void refusesNothing() {
        assertThatThrownBy(() -> CronSchedule.parse(null)).isInstanceOf(CronSchedule.InvalidCronException.class);
    }

    @Test
    void boundsTheWorkOfAHugeField() {
        var huge = "1,".repeat(10_000) + "1";
        assertThatThrownBy(() -> CronSchedule.parse(huge + " * * * *")).hasMessageContaining("longer than");
    }
}
