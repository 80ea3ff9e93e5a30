package io.mdt.serving.control;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * An ONNX graph scored by ONNX Runtime. ONNX names neither the features a graph reads nor the
 * classes it scores, so the uploader gives both; the graph must have one input, a float or
 * double tensor of records by features, and an output of the same kind with one score per class
 * (a classifier, whose answer is the class scored highest) or one value (a regression model).
 * The first output of that shape is read, so a graph that also gives a label tensor is served by
 * its scores. A session runs on one thread per call: a served record is small, and the
 * server's own threads give the parallelism.
 */
final class OnnxModel implements ServableModel {

    /**
     * ONNX Runtime's start (loading its library, creating its environment) and its reading of a
     * graph recurse deeper than a server thread's stack allows, which kills the process; they run
     * on a thread of their own with this stack. Scoring needs no more than any thread has.
     */
    private static final long LOADING_STACK_BYTES = 16L << 20;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;
    private final boolean doubles;
    private final String output;
    private final List<String> features;
    private final List<String> classes;

    /** Scoring takes the read side and closing the write side, so a session is never closed mid-call. */
    private final ReadWriteLock use = new ReentrantReadWriteLock();

    private boolean closed;

    private OnnxModel(
            OrtEnvironment environment,
            OrtSession session,
            String input,
            boolean doubles,
            String output,
            List<String> features,
            List<String> classes) {
        this.environment = environment;
        this.session = session;
        this.input = input;
        this.doubles = doubles;
        this.output = output;
        this.features = List.copyOf(features);
        this.classes = List.copyOf(classes);
    }

    static OnnxModel read(byte[] content, List<String> features, List<String> classes) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("an ONNX model does not name its features: give each, in the order of"
                    + " the model's input, as a 'features' parameter");
        }
        var environment = onLoadingStack(OrtEnvironment::getEnvironment);
        var session = onLoadingStack(() -> {
            try (var options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                return environment.createSession(content, options);
            } catch (OrtException unreadable) {
                throw new IllegalArgumentException("the artifact is not an ONNX model ONNX Runtime can load ("
                        + firstLine(unreadable.getMessage()) + ")");
            }
        });
        try {
            var inputs = session.getInputInfo();
            if (inputs.size() != 1) {
                throw new IllegalArgumentException(
                        "the ONNX model must have one input, records by features; it has " + inputs.size());
            }
            var in = inputs.values().iterator().next();
            var inShape = matrix(in, features.size(), "input", features.size() + " features");
            var width = classes.isEmpty() ? 1 : classes.size();
            String out = null;
            for (var candidate : session.getOutputInfo().values()) {
                if (matrix(candidate, width) != null) {
                    out = candidate.getName();
                    break;
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("the ONNX model has no float output of records by "
                        + (classes.isEmpty() ? "one value" : classes.size() + " class scores"));
            }
            return new OnnxModel(
                    environment, session, in.getName(), inShape.type == OnnxJavaType.DOUBLE, out, features, classes);
        } catch (OrtException | RuntimeException unusable) {
            closeQuietly(session);
            if (unusable instanceof IllegalArgumentException told) {
                throw told;
            }
            throw new IllegalArgumentException(
                    "the ONNX model's inputs and outputs cannot be read (" + firstLine(unusable.getMessage()) + ")");
        }
    }

    /** The task's result, computed on a thread with {@link #LOADING_STACK_BYTES} of stack. */
    private static <T> T onLoadingStack(Supplier<T> task) {
        var result = new CompletableFuture<T>();
        var loader = new Thread(
                null,
                () -> {
                    try {
                        result.complete(task.get());
                    } catch (RuntimeException | Error failed) {
                        result.completeExceptionally(failed);
                    }
                },
                "mdt-onnx-loading",
                LOADING_STACK_BYTES);
        loader.setDaemon(true);
        loader.start();
        try {
            return result.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw (Error) failed.getCause();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ONNX Runtime read the model", interrupted);
        }
    }

    /** The node's tensor when it holds floats or doubles, records by {@code width} (or any width). */
    private static TensorInfo matrix(NodeInfo node, int width) {
        if (!(node.getInfo() instanceof TensorInfo tensor)
                || (tensor.type != OnnxJavaType.FLOAT && tensor.type != OnnxJavaType.DOUBLE)) {
            return null;
        }
        var shape = tensor.getShape();
        if (shape.length == 2 && (shape[1] == width || shape[1] < 0)) {
            return tensor;
        }
        return shape.length == 1 && width == 1 ? tensor : null;
    }

    private static TensorInfo matrix(NodeInfo node, int width, String role, String wanted) {
        var tensor = matrix(node, width);
        if (tensor == null || tensor.getShape().length != 2) {
            throw new IllegalArgumentException("the ONNX model's " + role + " '" + node.getName()
                    + "' must be a float or double tensor of records by " + wanted + ", not " + node.getInfo());
        }
        return tensor;
    }

    @Override
    public List<String> features() {
        return features;
    }

    /** The classes; a regression graph names no dimension, so it has none. */
    @Override
    public List<String> outputs() {
        return classes;
    }

    @Override
    public boolean classifier() {
        return !classes.isEmpty();
    }

    @Override
    public Scored score(double[] values) {
        var row = run(values);
        if (classes.isEmpty()) {
            return new Scored(null, row[0], Map.of());
        }
        var scores = new LinkedHashMap<String, Double>();
        int best = 0;
        for (int i = 0; i < classes.size(); i++) {
            scores.put(classes.get(i), row[i]);
            if (row[i] > row[best]) {
                best = i;
            }
        }
        return new Scored(classes.get(best), null, scores);
    }

    private double[] run(double[] values) {
        use.readLock().lock();
        try (var tensor = tensor(values);
                var result = session.run(Map.of(input, tensor), Set.of(output))) {
            return row(((OnnxTensor) result.get(0)).getValue());
        } catch (OrtException failed) {
            throw new IllegalStateException("ONNX Runtime could not score the record: " + failed.getMessage(), failed);
        } finally {
            use.readLock().unlock();
        }
    }

    private OnnxTensor tensor(double[] values) throws OrtException {
        if (closed) {
            throw new IllegalStateException("the model was unloaded");
        }
        var shape = new long[] {1, values.length};
        if (doubles) {
            return OnnxTensor.createTensor(environment, DoubleBuffer.wrap(values), shape);
        }
        var floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return OnnxTensor.createTensor(environment, FloatBuffer.wrap(floats), shape);
    }

    /** The first record's scores, from the output as ONNX Runtime gives it. */
    private static double[] row(Object value) {
        Object first = value instanceof float[][] rows ? rows[0] : value instanceof double[][] rows ? rows[0] : value;
        if (first instanceof float[] floats) {
            var row = new double[floats.length];
            for (int i = 0; i < floats.length; i++) {
                row[i] = floats[i];
            }
            return row;
        }
        return ((double[]) first).clone();
    }

    @Override
    public void close() {
        use.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                closeQuietly(session);
            }
        } finally {
            use.writeLock().unlock();
        }
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException alreadyGone) {
            // The session's native memory is released either way.
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.lines().findFirst().orElse("no detail");
    }
}
