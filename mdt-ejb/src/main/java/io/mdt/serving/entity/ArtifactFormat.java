package io.mdt.serving.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an artifact's bytes hold its model. */
public enum ArtifactFormat {
    /** Tribuo's protobuf form, which names the features the model reads and the classes it tells apart. */
    TRIBUO,
    /** An ONNX graph, scored by ONNX Runtime; its features and classes are given with the upload. */
    ONNX;

    /** The format named in an upload (case aside), if MDT serves it. */
    public static Optional<ArtifactFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        var wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst();
    }

    /** The name an upload gives. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
