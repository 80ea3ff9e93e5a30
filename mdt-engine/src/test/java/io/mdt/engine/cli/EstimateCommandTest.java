package io.mdt.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.engine.drift.MiniJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code estimate} on good input for each task, and its bad-input paths: exit code 2 with one line. */
class EstimateCommandTest {

    @TempDir
    Path directory;

    private CommandLine cli;
    private Path reference;
    private Path analysis;

    @BeforeEach
    void files() throws IOException {
        cli = new CommandLine(directory);
        reference = cli.file("ref.csv", rows(new Random(1), 400, true));
        analysis = cli.file("cur.csv", rows(new Random(2), 250, false));
    }

    /** Columns x, city, score (positive class), p0/p1/p2 (three classes), label, class, value, estimate. */
    private static String rows(Random random, int n, boolean targets) {
        StringBuilder csv = new StringBuilder("x,city,score,label,p0,p1,p2,class,predicted,value,estimate\n");
        for (int i = 0; i < n; i++) {
            double x = random.nextGaussian();
            double score = 1 / (1 + Math.exp(-2 * x));
            int label = random.nextDouble() < score ? 1 : 0;
            double[] p = {score * 0.6, (1 - score) * 0.6, 0.4};
            int klass = random.nextDouble() < p[0] ? 0 : random.nextDouble() < p[1] / (1 - p[0]) ? 1 : 2;
            int predicted = p[0] > p[1] ? (p[0] > p[2] ? 0 : 2) : (p[1] > p[2] ? 1 : 2);
            double value = 3 * x + random.nextGaussian();
            csv.append(x)
                    .append(',')
                    .append("ab".charAt(i % 2))
                    .append(',')
                    .append(score)
                    .append(',')
                    .append(targets ? String.valueOf(label) : "")
                    .append(',')
                    .append(p[0])
                    .append(',')
                    .append(p[1])
                    .append(',')
                    .append(p[2])
                    .append(',')
                    .append(targets ? "c" + klass : "")
                    .append(',')
                    .append("c" + predicted)
                    .append(',')
                    .append(targets ? String.valueOf(value) : "")
                    .append(',')
                    .append(3 * x)
                    .append('\n');
        }
        return csv.toString();
    }

    private CommandLine.Run estimate(String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "estimate";
        args[1] = "--reference";
        args[2] = reference.toString();
        args[3] = "--analysis";
        args[4] = analysis.toString();
        System.arraycopy(more, 0, args, 5, more.length);
        return cli.run(args);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> chunks(CommandLine.Run run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return (List<Map<String, Object>>) ((Map<String, Object>) MiniJson.parse(run.out())).get("chunks");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Double>> metrics(Map<String, Object> chunk) {
        return (Map<String, Map<String, Double>>) chunk.get("metrics");
    }

    @Test
    void binaryChunksWithBands() {
        var chunks = chunks(estimate(
                "--task",
                "binary",
                "--prediction",
                "predicted",
                "--score",
                "score",
                "--target",
                "label",
                "--chunk-size",
                "100",
                "--threshold",
                "0.5"));
        assertThat(chunks).hasSize(3);
        assertThat(chunks.get(2)).containsEntry("start", 200.0).containsEntry("end", 249.0);
        var metrics = metrics(chunks.get(0));
        assertThat(metrics).containsOnlyKeys("accuracy", "precision", "recall", "f1", "specificity", "roc_auc");
        assertThat(metrics.get("roc_auc").get("value")).isBetween(0.7, 0.95);
        assertThat(metrics.get("roc_auc").get("lower"))
                .isLessThan(metrics.get("roc_auc").get("value"));
    }

    @Test
    void multiclassMacroMetrics() {
        var chunks = chunks(estimate(
                "--task",
                "multiclass",
                "--prediction",
                "predicted",
                "--scores",
                "c0=p0,c1=p1,c2=p2",
                "--target",
                "class",
                "--chunk-size",
                "125"));
        assertThat(chunks).hasSize(2);
        assertThat(metrics(chunks.get(1)))
                .containsOnlyKeys("accuracy", "precision_macro", "recall_macro", "f1_macro", "roc_auc_ovr");
    }

    @Test
    void regressionFromTheOtherColumns() {
        var chunks = chunks(estimate(
                "--task", "regression", "--prediction", "estimate", "--target", "value", "--chunk-size", "250"));
        assertThat(chunks).hasSize(1);
        var mae = metrics(chunks.get(0)).get("mae");
        assertThat(mae.get("value")).isBetween(0.6, 1.0);
        assertThat(metrics(chunks.get(0))).containsOnlyKeys("mae", "mse", "rmse");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--task binary --prediction predicted --score score --target label|--chunk-size is required",
                "--task weird --prediction predicted --score score --target label --chunk-size 10|unknown task weird",
                "--task binary --prediction predicted --score score --target label --chunk-size 0|positive whole number",
                "--task binary --prediction predicted --score nope --target label --chunk-size 10|unknown column nope",
                "--task binary --prediction predicted --score x --target label --chunk-size 10|outside [0, 1]",
                "--task binary --prediction predicted --score city --target label --chunk-size 10|is not numerical",
                "--task binary --prediction predicted --scores 1=score --target label --chunk-size 10|needs --score",
                "--task multiclass --prediction predicted --scores c0=p0,c1=p1 --target class --chunk-size 10|no score column",
                "--task regression --prediction city --target value --chunk-size 10|must be numerical",
                "--task binary --prediction predicted --score score --target label --chunk-size 10 --format html|unknown format",
                "--task binary --prediction predicted --score score --target label --chunk-size 10 --bogus 1|unknown option --bogus"
            })
    void badInput(String arguments, String message) {
        var run = estimate(arguments.split(" "));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("mdt-engine: ").contains(message).doesNotContain("Exception");
    }

    @Test
    void tooFewLabelledRowsOrASingleClass() throws IOException {
        reference = cli.file("small.csv", rows(new Random(3), 50, true));
        var run = estimate(
                "--task",
                "binary",
                "--prediction",
                "predicted",
                "--score",
                "score",
                "--target",
                "label",
                "--chunk-size",
                "10");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("mdt-engine: ").contains("at least 100");
        reference = cli.file("single.csv", CommandLine.csv("score,label,predicted", 200, i -> "0.3,1,1"));
        analysis = reference;
        run = estimate(
                "--task",
                "binary",
                "--prediction",
                "predicted",
                "--score",
                "score",
                "--target",
                "label",
                "--chunk-size",
                "10");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("single class");
    }
}
