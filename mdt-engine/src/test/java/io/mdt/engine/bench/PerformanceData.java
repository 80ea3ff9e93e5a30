package io.mdt.engine.bench;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One workload of the performance benchmarks: a model's outputs as engine columns, read from the raw
 * files {@code bench/generate_performance.py} writes, so that MDT and scikit-learn see the same numbers.
 * Class codes go through the public {@code CategoricalColumn} constructor, as a caller's would.
 *
 * @param spec how to read the outputs
 * @param target the actuals
 * @param prediction the predicted labels or values
 * @param scores the probability columns, empty for regression
 */
record PerformanceData(PerformanceSpec spec, Column target, Column prediction, List<NumericalColumn> scores) {

    static PerformanceData binary(Path directory) throws IOException {
        return new PerformanceData(
                new PerformanceSpec(Task.BINARY, "1", 0.5, List.of("1")),
                classes("target", ints(directory.resolve("binary_target.i32")), 2),
                classes("prediction", ints(directory.resolve("binary_prediction.i32")), 2),
                List.of(new NumericalColumn("score", doubles(directory.resolve("binary_score.f64"))[0])));
    }

    /** The binary workload with 0/1 target and prediction as numbers, as a numerical schema column gives them. */
    static PerformanceData binaryNumerical(Path directory) throws IOException {
        PerformanceData binary = binary(directory);
        return new PerformanceData(
                binary.spec(),
                numbers("target", ((CategoricalColumn) binary.target()).codes()),
                numbers("prediction", ((CategoricalColumn) binary.prediction()).codes()),
                binary.scores());
    }

    static PerformanceData multiclass(Path directory, int classes) throws IOException {
        double[][] p = doubles(directory.resolve("multiclass_scores.f64"), classes);
        List<NumericalColumn> scores = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            scores.add(new NumericalColumn("p" + c, p[c]));
            labels.add(Integer.toString(c));
        }
        return new PerformanceData(
                new PerformanceSpec(Task.MULTICLASS, null, 0.5, labels),
                classes("target", ints(directory.resolve("multiclass_target.i32")), classes),
                classes("prediction", ints(directory.resolve("multiclass_prediction.i32")), classes),
                scores);
    }

    static PerformanceData regression(Path directory) throws IOException {
        return new PerformanceData(
                PerformanceSpec.regression(),
                new NumericalColumn("target", doubles(directory.resolve("regression_target.f64"))[0]),
                new NumericalColumn("prediction", doubles(directory.resolve("regression_prediction.f64"))[0]),
                List.of());
    }

    /** Seeded in-memory binary outputs of the same shape as the generated files, for JMH. */
    static PerformanceData generatedBinary(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] score = new double[rows];
        int[] target = new int[rows];
        int[] prediction = new int[rows];
        for (int i = 0; i < rows; i++) {
            score[i] = 1 / (1 + Math.exp(-(-0.8 + 1.6 * gaussian(random))));
            target[i] = random.nextDouble() < score[i] ? 1 : 0;
            prediction[i] = score[i] >= 0.5 ? 1 : 0;
        }
        return new PerformanceData(
                new PerformanceSpec(Task.BINARY, "1", 0.5, List.of("1")),
                classes("target", target, 2),
                classes("prediction", prediction, 2),
                List.of(new NumericalColumn("score", score)));
    }

    /** Seeded in-memory multiclass outputs: softmax of noisy logits, target drawn from them, argmax predicted. */
    static PerformanceData generatedMulticlass(int rows, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] p = new double[classes][rows];
        int[] target = new int[rows];
        int[] prediction = new int[rows];
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                p[c][i] = Math.exp(1.5 * gaussian(random) + (double) c / (classes - 1));
                sum += p[c][i];
            }
            double u = random.nextDouble();
            double cumulative = 0;
            target[i] = classes - 1;
            for (int c = 0; c < classes; c++) {
                p[c][i] /= sum;
                cumulative += p[c][i];
                target[i] = u <= cumulative ? Math.min(target[i], c) : target[i];
                prediction[i] = p[c][i] > p[prediction[i]][i] ? c : prediction[i];
            }
        }
        List<NumericalColumn> scores = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            scores.add(new NumericalColumn("p" + c, p[c]));
            labels.add(Integer.toString(c));
        }
        return new PerformanceData(
                new PerformanceSpec(Task.MULTICLASS, null, 0.5, labels),
                classes("target", target, classes),
                classes("prediction", prediction, classes),
                scores);
    }

    static PerformanceData generatedRegression(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] target = new double[rows];
        double[] prediction = new double[rows];
        for (int i = 0; i < rows; i++) {
            target[i] = 10 + 5 * gaussian(random);
            prediction[i] = target[i] + 0.5 + 2 * gaussian(random);
        }
        return new PerformanceData(
                PerformanceSpec.regression(),
                new NumericalColumn("target", target),
                new NumericalColumn("prediction", prediction),
                List.of());
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static CategoricalColumn classes(String name, int[] codes, int classes) {
        String[] labels = new String[classes];
        for (int c = 0; c < classes; c++) {
            labels[c] = Integer.toString(c);
        }
        return new CategoricalColumn(name, codes, labels);
    }

    private static NumericalColumn numbers(String name, int[] codes) {
        double[] values = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            values[i] = codes[i];
        }
        return new NumericalColumn(name, values);
    }

    static int[] ints(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] values = new int[bytes.remaining() / Integer.BYTES];
        bytes.asIntBuffer().get(values);
        return values;
    }

    /** A file of {@code columns} column-major float64 columns. */
    static double[][] doubles(Path file, int columns) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int rows = bytes.remaining() / Double.BYTES / columns;
        double[][] values = new double[columns][rows];
        for (double[] column : values) {
            bytes.asDoubleBuffer().get(column);
            bytes.position(bytes.position() + rows * Double.BYTES);
        }
        return values;
    }

    static double[][] doubles(Path file) throws IOException {
        return doubles(file, 1);
    }
}
