package io.mdt.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.registry.entity.ValueType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowDataTest {

    /** Rows in PostgreSQL's binary COPY format: epoch second, a float8, a text and a boolean. */
    private static byte[] copy(Object[][] rows) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.write("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeInt(0);
        out.writeInt(0);
        for (var row : rows) {
            out.writeShort(row.length);
            for (var value : row) {
                if (value == null) {
                    out.writeInt(-1);
                } else if (value instanceof Double number) {
                    out.writeInt(8);
                    out.writeDouble(number);
                } else if (value instanceof Boolean flag) {
                    out.writeInt(1);
                    out.writeByte(flag ? 1 : 0);
                } else {
                    var text = value.toString().getBytes(StandardCharsets.UTF_8);
                    out.writeInt(text.length);
                    out.write(text);
                }
            }
        }
        out.writeShort(-1);
        return bytes.toByteArray();
    }

    @Test
    void readsTypedColumnsMissingValuesAndTheTimeSpan() throws IOException {
        var data = copy(new Object[][] {
            {1_764_410_400.0, 1.5, "DE", true}, {null, null, null, null}, {1_764_410_460.5, -2.0, "Zürich", false}
        });
        var builders = List.<ColumnBuilder>of(
                new ColumnBuilder.Numbers("x"),
                new ColumnBuilder.Categories("city"),
                new ColumnBuilder.Categories("vip"));

        var sample = WindowData.read(
                new DataInputStream(new ByteArrayInputStream(data)),
                List.of(ValueType.NUMERICAL, ValueType.CATEGORICAL, ValueType.BOOLEAN),
                builders);

        assertThat(sample.rows()).isEqualTo(3);
        assertThat(sample.first()).isEqualTo(Instant.ofEpochSecond(1_764_410_400));
        assertThat(sample.last()).isEqualTo(Instant.ofEpochMilli(1_764_410_460_500L));
        assertThat(((NumericalColumn) sample.columns().get(0)).values()).containsExactly(1.5, Double.NaN, -2.0);
        var city = (CategoricalColumn) sample.columns().get(1);
        assertThat(city.codes()).containsExactly(0, -1, 1);
        assertThat(city.dictionary()).containsExactly("DE", "Zürich");
        assertThat(((CategoricalColumn) sample.columns().get(2)).dictionary()).containsExactly("true", "false");
    }

    @Test
    void anEmptyResultHasNoSpan() throws IOException {
        var sample = WindowData.read(
                new DataInputStream(new ByteArrayInputStream(copy(new Object[0][]))),
                List.of(ValueType.NUMERICAL),
                List.of(new ColumnBuilder.Numbers("x")));

        assertThat(sample.rows()).isZero();
        assertThat(sample.first()).isNull();
        assertThat(((NumericalColumn) sample.columns().get(0)).values()).isEmpty();
    }
}
