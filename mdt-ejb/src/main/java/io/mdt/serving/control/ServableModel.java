package io.mdt.serving.control;

import io.mdt.serving.entity.ArtifactFormat;
import java.util.List;

/**
 * A model read from an artifact, ready to score: the features it reads (by name, in the order
 * {@link #score} takes their values) and whether it classifies (its classes) or regresses (its
 * output). One instance serves every request, from several threads at once.
 */
public sealed interface ServableModel extends AutoCloseable permits TribuoModel, OnnxModel {

    /**
     * The model in these bytes.
     *
     * @param features for a format that does not name them, the features the model reads, in the
     *     order of its input
     * @param classes for a classifier of such a format, the classes in the order of its scores;
     *     empty for a regression model
     * @throws IllegalArgumentException with a sentence for the uploader when the bytes are not
     *     such a model, or it neither classifies nor regresses
     */
    static ServableModel read(ArtifactFormat format, byte[] content, List<String> features, List<String> classes) {
        return switch (format) {
            case TRIBUO -> TribuoModel.read(content);
            case ONNX -> OnnxModel.read(content, features, classes);
        };
    }

    /** The features the model reads, in the order {@link #score} takes their values. */
    List<String> features();

    /** The classes a classifier tells apart, or the dimension a regression model predicts where its format names it. */
    List<String> outputs();

    boolean classifier();

    /**
     * The model's answer for one record.
     *
     * @param values each feature's value, in the order of {@link #features}
     */
    Scored score(double[] values);

    /** Frees what the model holds outside the heap; it scores no more. */
    @Override
    void close();
}
