package io.mdt.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.drift.MiniJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on good input: formats, options, exit codes, CSV dialect and type inference. */
class MainTest {

    @TempDir
    Path directory;

    private CommandLine cli;
    private Path reference;
    private Path current;

    @BeforeEach
    void files() throws IOException {
        cli = new CommandLine(directory);
        reference = cli.file(
                "ref.csv",
                CommandLine.csv(
                        "age,city,flag",
                        300,
                        i -> (20 + i % 50) + "," + "abc".charAt(i % 3) + "," + (i % 2 == 0 ? "yes" : "no")));
        current = cli.file(
                "cur.csv",
                CommandLine.csv(
                        "age,city,flag",
                        200,
                        i -> (i % 10 == 0 ? "" : 40 + i % 50) + "," + "abcd".charAt(i % 4) + ","
                                + (i % 2 == 0 ? "yes" : "no")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String out) {
        return (Map<String, Object>) MiniJson.parse(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> column(Map<String, Object> report, int i) {
        return ((List<Map<String, Object>>) report.get("columns")).get(i);
    }

    @Test
    void jsonReportWithResolvedMethodsAndCounts() {
        CommandLine.Run run = cli.compare(reference, current);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Map<String, Object> report = json(run.out());
        Map<String, Object> age = column(report, 0);
        assertThat(age).containsEntry("column", "age").containsEntry("type", "numerical");
        assertThat(age)
                .containsEntry("method", "ks")
                .containsEntry("threshold", 0.05)
                .containsEntry("drift", true);
        assertThat((Map<String, Object>) age.get("current"))
                .containsEntry("count", 180.0)
                .containsEntry("missing", 20.0);
        assertThat(column(report, 1)).containsEntry("type", "categorical").containsEntry("method", "chisquare");
        assertThat(column(report, 2)).containsEntry("method", "z").containsEntry("drift", false);
        assertThat(report)
                .containsEntry("drifted", 2.0)
                .containsEntry("total", 3.0)
                .containsEntry("dataset_drift", true);
    }

    @Test
    void failOnDriftExitsWithOne() {
        assertThat(cli.compare(reference, current, "--fail-on-drift").exitCode())
                .isEqualTo(1);
        assertThat(cli.compare(reference, reference, "--fail-on-drift").exitCode())
                .isZero();
    }

    @Test
    void methodsAndThresholdsPerColumnAndGlobal() {
        Map<String, Object> report = json(cli.compare(
                        reference,
                        current,
                        "--method",
                        "psi",
                        "--method",
                        "flag=jensenshannon",
                        "--threshold",
                        "0.5",
                        "--threshold",
                        "age=0.01",
                        "--columns",
                        "age,flag")
                .out());
        assertThat(column(report, 0)).containsEntry("method", "psi").containsEntry("threshold", 0.01);
        assertThat(column(report, 1)).containsEntry("method", "jensenshannon").containsEntry("threshold", 0.5);
        assertThat((List<?>) report.get("columns")).hasSize(2);
    }

    @Test
    void textAndHtmlFormats() {
        CommandLine.Run text = cli.compare(reference, current, "--format", "text");
        assertThat(text.out()).contains("column", "age", "chisquare", "Dataset drift: YES");
        CommandLine.Run html = cli.compare(reference, current, "--format", "html");
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<svg", "class=\"ref\"", "class=\"cur\"", "age");
        assertThat(html.out()).doesNotContain("<script", "http://", "https://");
    }

    @Test
    void typesAreInferredOrDeclared() throws IOException {
        Path ref = cli.file("r.csv", "code,score\n1,1.5\n2,2.5\n3,x\n1,4\n");
        Path cur = cli.file("c.csv", "code,score\n1,1\n2,2\n2,3\n3,4\n");
        Map<String, Object> inferred = json(cli.compare(ref, cur).out());
        assertThat(column(inferred, 0)).containsEntry("type", "numerical");
        assertThat(column(inferred, 1)).containsEntry("type", "categorical");
        Map<String, Object> declared = json(cli.compare(ref, cur, "--categorical", "code", "--numerical", "score")
                .out());
        assertThat(column(declared, 0)).containsEntry("type", "categorical");
        assertThat(column(declared, 1)).containsEntry("type", "numerical");
        assertThat((Map<String, Object>) column(declared, 1).get("reference")).containsEntry("invalid", 1.0);
    }

    @Test
    void quotedFieldsCrlfAndByteOrderMark() throws IOException {
        Path ref = cli.file("q1.csv", "\uFEFFname,\"v\"\r\n\"a, \"\"quoted\"\"\",1\r\nb,2\r\n\"multi\nline\",3\r\n");
        Path cur = cli.file("q2.csv", "name,v\n\"a, \"\"quoted\"\"\",1\nb,2\nb,3");
        CommandLine.Run run = cli.compare(ref, cur, "--format", "text");
        assertThat(run.exitCode()).isZero();
        Map<String, Object> report = json(cli.compare(ref, cur).out());
        assertThat(column(report, 0)).containsEntry("column", "name");
        assertThat((Map<String, Object>) column(report, 0).get("quality")).containsEntry("unseen_categories", 0.0);
        assertThat((Map<String, Object>) column(report, 1).get("current")).containsEntry("count", 3.0);
    }

    @Test
    void optionsBeyondEvidently() {
        CommandLine.Run run = cli.compare(
                reference,
                current,
                "--method",
                "@numerical=jensenshannon",
                "--method",
                "@categorical=TVD",
                "--binning",
                "quantiles:5",
                "--js-base2",
                "--mannw-two-sided",
                "--seed",
                "42",
                "--permutations",
                "50",
                "--dataset-rule",
                "bh:0.05");
        assertThat(run.err()).isEmpty();
        Map<String, Object> report = json(run.out());
        assertThat(column(report, 0)).containsEntry("method", "jensenshannon");
        assertThat(column(report, 1)).containsEntry("method", "TVD");
        assertThat(report).containsEntry("rule", "benjamini-hochberg(0.05)");
    }

    @Test
    void helpIsNotAnError() {
        CommandLine.Run run = cli.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("usage:");
    }
}
