package io.mdt.mlflow.control;

import java.util.Map;

/** A version of a registered model as the MLflow registry holds it. */
public record RegistryVersion(String name, String version, String stage, Map<String, String> tags) {

    /** Its number: registry versions are numbered 1, 2, ... within their registered model. */
    public long number() {
        return Long.parseLong(version);
    }
}
