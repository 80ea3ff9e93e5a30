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

/** {@code performance} on good input: the JSON shape, the text tables, and the options of each task. */
class PerformanceCommandTest {

    @TempDir
    Path directory;

    private CommandLine cli;
    private Path data;

    @BeforeEach
    void files() throws IOException {
        cli = new CommandLine(directory);
        data = cli.file(
                "scored.csv",
                "y,p,s,cls,guess,pa,pb,pc,v,w\n"
                        + "1,1,0.9,a,a,0.7,0.2,0.1,1.5,1.0\n"
                        + "0,1,0.6,b,b,0.1,0.8,0.1,2.0,2.5\n"
                        + "0,0,0.2,c,b,0.2,0.5,0.3,3.0,2.0\n"
                        + ",1,0.4,,a,0.5,0.5,0,,7\n"
                        + "1,0,0.3,a,c,0.2,0.2,0.6,0,0.5\n");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(CommandLine.Run run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return (Map<String, Object>) MiniJson.parse(run.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void binaryJson() {
        var report = json(cli.run(
                "performance",
                "--data",
                data.toString(),
                "--task",
                "binary",
                "--target",
                "y",
                "--prediction",
                "p",
                "--score",
                "s"));

        assertThat(report).containsEntry("task", "binary").containsEntry("rows", 4.0);
        assertThat(report).containsOnlyKeys("task", "rows", "metrics", "undefined", "confusion_matrix");
        var metrics = (Map<String, Object>) report.get("metrics");
        assertThat(metrics.keySet()).first().isEqualTo("accuracy");
        assertThat(metrics)
                .containsEntry("accuracy", 0.5)
                .containsEntry("roc_auc", 0.75)
                .hasSize(11);
        var matrix = (Map<String, Object>) report.get("confusion_matrix");
        assertThat(matrix).containsEntry("labels", List.of("0", "1"));
        assertThat(matrix).containsEntry("matrix", List.of(List.of(1.0, 1.0), List.of(1.0, 1.0)));
        assertThat(report.get("undefined")).isEqualTo(Map.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void binaryFromScoreAloneWithThreshold() {
        var report = json(cli.run(
                "performance", "--data=" + data, "--task=binary", "--target=y", "--score=s", "--threshold=0.25"));

        var matrix = (Map<String, Object>) report.get("confusion_matrix");
        assertThat(matrix).containsEntry("matrix", List.of(List.of(1.0, 1.0), List.of(0.0, 2.0)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void multiclassJsonHasPerClassMetrics() {
        var report = json(cli.run(
                "performance",
                "--data",
                data.toString(),
                "--task",
                "multiclass",
                "--target",
                "cls",
                "--prediction",
                "guess",
                "--scores",
                "a=pa,b=pb,c=pc"));

        assertThat(report).containsEntry("task", "multiclass").containsEntry("rows", 4.0);
        var perClass = (Map<String, Map<String, Object>>) report.get("per_class");
        assertThat(perClass).containsOnlyKeys("a", "b", "c");
        assertThat(perClass.get("a")).containsEntry("precision", 1.0).containsEntry("recall", 0.5);
        assertThat((Map<String, Object>) report.get("metrics")).containsEntry("accuracy", 0.5);
    }

    @Test
    void regressionText() {
        CommandLine.Run run = cli.run(
                "performance",
                "--data",
                data.toString(),
                "--task",
                "regression",
                "--target",
                "v",
                "--prediction",
                "w",
                "--format",
                "text");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("regression, 4 labelled rows")
                .contains("mae")
                .containsPattern("max_error\\s+1\\.00000")
                .doesNotContain("confusion");
    }

    @Test
    void undefinedMetricsAreNullWithAReason() {
        CommandLine.Run run = cli.run(
                "performance", "--data", data.toString(), "--task", "binary", "--target", "y", "--prediction", "p");

        assertThat(run.out()).contains("\"roc_auc\": null").contains("\"roc_auc\": \"no score column\"");
    }

    @Test
    void helpListsBothCommands() {
        CommandLine.Run run = cli.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("mdt-engine compare").contains("mdt-engine performance");
    }
}
