package io.mdt.registry.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a model predicts; it decides which quality metrics and drift targets apply to the model. */
public enum TaskType {
    BINARY_CLASSIFICATION,
    MULTICLASS_CLASSIFICATION,
    REGRESSION;

    /** The names clients may send, in the words of an error message. */
    public static final String CHOICES = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    /** Reads a task type by name, ignoring case and surrounding space. */
    public static Optional<TaskType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        var normalised = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.name().equals(normalised))
                .findFirst();
    }
}
