package io.mdt.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad-usage and bad-input path: exit code 2 and exactly one line on stderr, no stack trace. */
class BadInputTest {

    @TempDir
    Path directory;

    private CommandLine cli;
    private Path good;

    @BeforeEach
    void files() throws IOException {
        cli = new CommandLine(directory);
        good = cli.file("good.csv", "a,b\n1,x\n2,y\n3,x\n");
    }

    private static void rejected(CommandLine.Run run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("mdt-engine: ").contains(message).doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--method|nope|unknown method nope",
                "--method|zz=ks|unknown column zz",
                "--threshold|zz=0.1|unknown column zz",
                "--threshold|high|not a number: high",
                "--columns|a,zz|unknown column zz",
                "--categorical|zz|unknown column zz",
                "--numerical|zz|unknown column zz",
                "--format|xml|unknown format xml",
                "--binning|fixed|take a bin count",
                "--binning|weird|unknown binning",
                "--seed|x|not a valid whole number",
                "--permutations|0|not a valid whole number",
                "--dataset-rule|share:2|level must be in",
                "--dataset-rule|vote|unknown dataset rule"
            })
    void badOptionValues(String option, String value, String message) {
        rejected(cli.compare(good, good, option, value), message);
    }

    @Test
    void missingFile() {
        rejected(cli.compare(good, directory.resolve("absent.csv")), "no such file");
    }

    @Test
    void raggedRow() throws IOException {
        Path ragged = cli.file("ragged.csv", "a,b\n1,x\n2\n");
        rejected(cli.compare(good, ragged), "line 3: 1 fields, but the header has 2");
    }

    @Test
    void emptyFile() throws IOException {
        rejected(cli.compare(good, cli.file("empty.csv", "")), "is empty");
    }

    @Test
    void duplicateOrBlankHeader() throws IOException {
        rejected(cli.compare(good, cli.file("dup.csv", "a,a\n1,2\n")), "appears twice");
        rejected(cli.compare(good, cli.file("blank.csv", "a,\n1,2\n")), "has no name");
    }

    @Test
    void unterminatedQuote() throws IOException {
        rejected(cli.compare(good, cli.file("quote.csv", "a,b\n1,\"open\n")), "unterminated quoted field");
    }

    @Test
    void noColumnInCommon() throws IOException {
        rejected(cli.compare(good, cli.file("other.csv", "c,d\n1,2\n")), "no column in common");
    }

    @Test
    void usageErrors() {
        rejected(cli.run(), "missing command");
        rejected(cli.run("diff"), "unknown command diff");
        rejected(cli.run("compare", "--current", good.toString()), "--reference is required");
        rejected(cli.run("compare", "--reference"), "--reference needs a value");
        rejected(cli.compare(good, good, "--verbose"), "unknown option --verbose");
        rejected(cli.compare(good, good, "--fail-on-drift=yes"), "takes no value");
        rejected(cli.compare(good, good, "--numerical", "a", "--categorical", "a"), "declared both");
    }

    /**
     * Generated damage to a valid file, cell by cell and as a whole: every run ends with exit
     * code 0 (the damage is data the engine takes, such as a missing value) or 2 with one line.
     */
    @Test
    void everyDamagedFileIsAReportOrOneLine() throws IOException {
        var damages = new String[] {
            "\u0000",
            "\uFFFD",
            "NaN",
            "-Infinity",
            "1e400",
            "",
            "\"",
            "\"\"",
            "x\"y",
            ",",
            "\r",
            "\n",
            "x".repeat(100_000),
            "\uD83D\uDE00",
            "\t",
            " "
        };
        var rows = new String[] {"a,b", "1,x", "2,y", "3,x"};
        int runs = 0;
        for (int row = 0; row < rows.length; row++) {
            for (int cell = 0; cell < 2; cell++) {
                for (var damage : damages) {
                    var lines = rows.clone();
                    var cells = lines[row].split(",");
                    cells[cell] = damage;
                    lines[row] = String.join(",", cells);
                    var file = cli.file("damaged-" + runs + ".csv", String.join("\n", lines) + "\n");
                    reportOrOneLine(cli.compare(good, file), String.join("|", lines));
                    runs++;
                }
            }
        }
        var valid = "a,b\n1,x\n".getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut < valid.length; cut++) {
            var file = directory.resolve("cut-" + cut + ".csv");
            Files.write(file, Arrays.copyOf(valid, cut));
            reportOrOneLine(cli.compare(good, file), "cut at " + cut);
        }
        assertThat(runs).isEqualTo(4 * 2 * damages.length);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotMerged() throws IOException {
        var file = directory.resolve("latin1.csv");
        Files.write(file, new byte[] {'a', ',', 'b', '\n', '1', ',', (byte) 0xE9, '\n', '2', ',', (byte) 0xE8, '\n'});
        rejected(cli.compare(good, file), "line 2: column b is not valid UTF-8 text");
        var header = directory.resolve("latin1-header.csv");
        Files.write(header, new byte[] {'a', ',', (byte) 0xE9, '\n', '1', ',', 'x', '\n'});
        rejected(cli.compare(good, header), "column 2 of the header is not valid UTF-8 text");
    }

    private static void reportOrOneLine(CommandLine.Run run, String what) {
        if (run.exitCode() == 2) {
            assertThat(run.err().lines()).as(what).hasSize(1);
            assertThat(run.err()).as(what).startsWith("mdt-engine: ").doesNotContain("Exception", "\tat ");
        } else {
            assertThat(run.exitCode()).as(what + ": " + run.err()).isZero();
        }
    }
}
