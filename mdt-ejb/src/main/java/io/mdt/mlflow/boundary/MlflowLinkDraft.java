package io.mdt.mlflow.boundary;

import io.mdt.platform.control.StorableText;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Which MLflow registered model version an MDT version is.
 *
 * @param registeredModel the registered model's name in the MLflow registry
 * @param version the registry's number of the version, {@code 1}, {@code 2}, ...
 */
public record MlflowLinkDraft(String registeredModel, String version) {

    /** MLflow's limit is larger; MDT keeps the name in 200 characters. */
    static final int MAX_NAME = 200;

    /**
     * Checks the draft: a registered model name that fits and can be quoted in a registry
     * search (no single quote), and a version number.
     *
     * @throws ModelValidationException listing every broken rule
     */
    void check() {
        var violations = new ArrayList<Violation>();
        var name = registeredModel == null ? "" : registeredModel.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || !StorableText.storable(name) || name.contains("'")) {
            violations.add(new Violation(
                    "registeredModel",
                    "must be the name of an MLflow registered model, 1 to 200 characters without '"));
        }
        if (version == null || !version.strip().matches("[1-9]\\d{0,17}")) {
            violations.add(new Violation("version", "must be the registry's version number, e.g. \"3\""));
        }
        if (!violations.isEmpty()) {
            throw new ModelValidationException(List.copyOf(violations));
        }
    }
}
