package io.mdt.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad-usage and bad-input path of {@code performance}: exit code 2 and one line on stderr. */
class PerformanceBadInputTest {

    @TempDir
    Path directory;

    private CommandLine cli;
    private Path good;

    @BeforeEach
    void files() throws IOException {
        cli = new CommandLine(directory);
        good = cli.file("good.csv", "y,p,s,t\n1,1,0.9,a\n0,0,0.2,b\n");
    }

    private static void rejected(CommandLine.Run run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("mdt-engine: ").contains(message).doesNotContain("Exception", "\tat ");
    }

    private CommandLine.Run binary(Path data, String... more) {
        String[] args = new String[9 + more.length];
        System.arraycopy(
                new String[] {
                    "performance", "--data", data.toString(), "--task", "binary", "--target", "y", "--prediction", "p"
                },
                0,
                args,
                0,
                9);
        System.arraycopy(more, 0, args, 9, more.length);
        return cli.run(args);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--score|zz|unknown column zz",
                "--score|t|score column t holds text",
                "--threshold|high|not a number: high",
                "--format|xml|unknown format xml",
                "--scores|a=s|--scores is for a multiclass model",
                "--verbose|x|unknown option --verbose"
            })
    void badOptionValues(String option, String value, String message) {
        rejected(binary(good, option, value), message);
    }

    @Test
    void missingOrBadOptions() {
        rejected(
                cli.run("performance", "--task", "binary", "--target", "y", "--prediction", "p"), "--data is required");
        rejected(cli.run("performance", "--data", good.toString(), "--target", "y"), "--task is required");
        rejected(
                cli.run("performance", "--data", good.toString(), "--task", "ranking", "--target", "y"),
                "unknown task ranking");
        rejected(
                cli.run("performance", "--data", good.toString(), "--task", "binary", "--target", "y"),
                "--prediction is required unless --score is given");
        rejected(
                cli.run(
                        "performance",
                        "--data",
                        good.toString(),
                        "--task",
                        "regression",
                        "--target",
                        "zz",
                        "--prediction",
                        "p"),
                "unknown column zz");
        rejected(cli.run("performance", "--data"), "--data needs a value");
        rejected(
                cli.run(
                        "performance",
                        "--data",
                        good.toString(),
                        "--task",
                        "multiclass",
                        "--target",
                        "y",
                        "--prediction",
                        "p",
                        "--scores",
                        "a"),
                "LABEL=COL");
    }

    @Test
    void nanOrOutOfRangeScore() throws IOException {
        rejected(binary(cli.file("nan.csv", "y,p,s\n1,1,NaN\n0,0,0.2\n"), "--score", "s"), "row 1");
        rejected(binary(cli.file("big.csv", "y,p,s\n1,1,1.5\n0,0,0.2\n"), "--score", "s"), "outside [0, 1]");
    }

    @Test
    void missingPredictionOnALabelledRow() throws IOException {
        rejected(binary(cli.file("gap.csv", "y,p\n1,\n0,0\n")), "the value is missing on a row that has an actual");
    }

    @Test
    void emptyData() throws IOException {
        rejected(binary(cli.file("empty.csv", "")), "is empty");
        rejected(binary(cli.file("header.csv", "y,p\n")), "has a header but no rows");
        rejected(binary(directory.resolve("absent.csv")), "no such file");
    }

    @Test
    void badUtf8() throws IOException {
        Path file = directory.resolve("latin1.csv");
        Files.write(file, new byte[] {'y', ',', 'p', '\n', (byte) 0xE9, ',', '1', '\n'});
        rejected(binary(file), "is not valid UTF-8 text");
    }

    @Test
    void textTargetForRegression() {
        rejected(
                cli.run(
                        "performance",
                        "--data",
                        good.toString(),
                        "--task",
                        "regression",
                        "--target",
                        "t",
                        "--prediction",
                        "p"),
                "target column t holds text");
    }
}
