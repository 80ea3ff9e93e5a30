package io.mdt.engine.bench;

import io.mdt.engine.data.CategoricalColumn;
import io.mdt.engine.data.Column;
import io.mdt.engine.data.NumericalColumn;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark datasets as engine columns: read from the raw files {@code bench/generate.py} writes
 * (so MDT and SciPy see the same numbers), or generated in memory for JMH. Category codes go through
 * the public {@code CategoricalColumn} constructor, as a caller's would, which stores them in one
 * byte per row for these dictionaries; one int buffer serves every column, so loading leaves no
 * garbage behind for the timed runs.
 *
 * @param reference reference columns
 * @param current current columns
 */
record BenchmarkData(List<Column> reference, List<Column> current) {

    static BenchmarkData numerical(Path directory, int rows, int columns) throws IOException {
        return new BenchmarkData(
                doubles(directory.resolve("numerical_reference.f64"), rows, columns),
                doubles(directory.resolve("numerical_current.f64"), rows, columns));
    }

    static BenchmarkData categorical(Path directory, int rows, int columns) throws IOException {
        return new BenchmarkData(
                codes(directory.resolve("categorical_reference.i32"), rows, columns),
                codes(directory.resolve("categorical_current.i32"), rows, columns));
    }

    private static List<Column> doubles(Path file, int rows, int columns) throws IOException {
        List<Column> result = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int c = 0; c < columns; c++) {
                long bytes = (long) rows * Double.BYTES;
                MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, c * bytes, bytes);
                double[] values = new double[rows];
                map.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
                result.add(new NumericalColumn("n" + c, values));
            }
        }
        return result;
    }

    private static List<Column> codes(Path file, int rows, int columns) throws IOException {
        List<Column> result = new ArrayList<>();
        int[] codes = new int[rows];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int c = 0; c < columns; c++) {
                long bytes = (long) rows * Integer.BYTES;
                MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, c * bytes, bytes);
                map.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(codes);
                result.add(new CategoricalColumn("c" + c, codes, dictionary(codes)));
            }
        }
        return result;
    }

    private static String[] dictionary(int[] codes) {
        int max = 0;
        for (int code : codes) {
            max = Math.max(max, code);
        }
        String[] labels = new String[max + 1];
        for (int i = 0; i <= max; i++) {
            labels[i] = Integer.toString(i);
        }
        return labels;
    }

    /** Seeded in-memory data of the same shape, for JMH. */
    static BenchmarkData generatedNumerical(int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Column> reference = new ArrayList<>();
        List<Column> current = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            reference.add(new NumericalColumn("n" + c, gaussian(random, rows, 0)));
            current.add(new NumericalColumn("n" + c, gaussian(random, rows, c % 4 == 0 ? 0.05 : 0)));
        }
        return new BenchmarkData(reference, current);
    }

    static BenchmarkData generatedCategorical(int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Column> reference = new ArrayList<>();
        List<Column> current = new ArrayList<>();
        int[] codes = new int[rows];
        for (int c = 0; c < columns; c++) {
            int k = 5 + 5 * (c % 10);
            String[] labels = new String[k];
            for (int i = 0; i < k; i++) {
                labels[i] = Integer.toString(i);
            }
            reference.add(new CategoricalColumn("c" + c, randomCodes(random, codes, k), labels));
            current.add(new CategoricalColumn("c" + c, randomCodes(random, codes, k), labels));
        }
        return new BenchmarkData(reference, current);
    }

    private static double[] gaussian(SplittableRandom random, int n, double shift) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = shift
                    + Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        }
        return values;
    }

    /** Fills the buffer, which the column constructor copies. */
    private static int[] randomCodes(SplittableRandom random, int[] codes, int k) {
        for (int i = 0; i < codes.length; i++) {
            codes[i] = random.nextInt(k);
        }
        return codes;
    }
}
