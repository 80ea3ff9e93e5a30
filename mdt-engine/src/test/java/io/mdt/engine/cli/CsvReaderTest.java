package io.mdt.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.NumericalColumn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming reader across buffer refills, and the number parser against Java's own. */
class CsvReaderTest {

    @TempDir
    Path directory;

    @Test
    void recordsSpanningBufferRefillsAreReadWhole() throws IOException {
        StringBuilder csv = new StringBuilder("id,label,value\r\n");
        int rows = 150_000;
        for (int i = 0; i < rows; i++) {
            String label = i % 7 == 0 ? "\"multi\nline, \"\"quoted\"\" " + (i % 3) + "\"" : "plain" + (i % 3);
            csv.append(i).append(',').append(label).append(',').append(i * 0.25).append("\r\n");
        }
        Path file = directory.resolve("big.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(2L << 20);
        List<ColumnBuffer> columns = new CsvReader(file).read(Map.of(), bytes -> {});
        NumericalColumn id = (NumericalColumn) columns.get(0).toColumn();
        CategoricalColumn label = (CategoricalColumn) columns.get(1).toColumn();
        NumericalColumn value = (NumericalColumn) columns.get(2).toColumn();
        assertThat(id.values()).hasSize(rows);
        int wrong = 0;
        for (int i = 0; i < rows; i++) {
            wrong += id.values()[i] == i && value.values()[i] == i * 0.25 ? 0 : 1;
        }
        assertThat(wrong).isZero();
        assertThat(label.dictionary())
                .contains("multi\nline, \"quoted\" 0", "plain1")
                .hasSize(6);
    }

    @Test
    void fastNumberParsingAgreesWithJava() {
        SplittableRandom random = new SplittableRandom(9);
        boolean[] invalid = new boolean[1];
        for (int k = 0; k < 20_000; k++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 12));
            String[] texts = {
                Double.toString(v),
                String.format(java.util.Locale.ROOT, "%.6f", v),
                Long.toString((long) v),
                String.format(java.util.Locale.ROOT, "%.4e", v)
            };
            for (String text : texts) {
                byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
                assertThat(NumberParser.parse(bytes, 0, bytes.length, invalid))
                        .as(text)
                        .isEqualTo(Double.parseDouble(text));
                assertThat(invalid[0]).isFalse();
            }
        }
    }

    @Test
    void textIsNotANumber() {
        boolean[] invalid = new boolean[1];
        for (String text : List.of("abc", "1.2.3", "1e", "--1", "12f", "0x", "")) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(NumberParser.parse(bytes, 0, bytes.length, invalid)).isNaN();
            assertThat(invalid[0]).as(text).isTrue();
        }
        byte[] nan = "NaN".getBytes(StandardCharsets.US_ASCII);
        assertThat(NumberParser.parse(nan, 0, nan.length, invalid)).isNaN();
        assertThat(invalid[0]).isFalse();
    }
}
