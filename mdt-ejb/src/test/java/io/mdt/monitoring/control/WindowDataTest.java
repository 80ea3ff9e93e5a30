package io.mdt.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.NumericalColumn;
import org.junit.jupiter.api.Test;

class WindowDataTest {

    @Test
    void undoesCopyEscapesAndReadsNull() {
        var line = "a\\tb\\\\c\\nd\t\\N\tplain";

        assertThat(WindowData.unescape(line, 0, 10)).isEqualTo("a\tb\\c\nd");
        assertThat(WindowData.unescape(line, 11, 13)).isNull();
        assertThat(WindowData.unescape(line, 14, line.length())).isEqualTo("plain");
    }

    @Test
    void buildsPrimitiveColumns() {
        var numbers = ColumnBuilder.numerical("x");
        numbers.add("1.5");
        numbers.add(null);
        var categories = ColumnBuilder.categorical("c");
        categories.add("DE");
        categories.add(null);
        categories.add("DE");

        assertThat(((NumericalColumn) numbers.build()).values()).containsExactly(1.5, Double.NaN);
        var column = (CategoricalColumn) categories.build();
        assertThat(column.codes()).containsExactly(0, -1, 0);
        assertThat(column.dictionary()).containsExactly("DE");
    }
}
