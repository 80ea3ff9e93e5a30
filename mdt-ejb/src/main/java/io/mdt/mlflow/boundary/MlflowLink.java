package io.mdt.mlflow.boundary;

import io.mdt.registry.boundary.VersionSummary;
import io.mdt.registry.entity.Stage;

/**
 * An MDT version and the MLflow registered model version it is linked to.
 *
 * @param registeredModel null when the version is not linked
 * @param registryVersion null when the version is not linked
 * @param stage the version's MDT stage, which the registry's stage sets at each sync
 */
public record MlflowLink(String model, String version, String registeredModel, String registryVersion, Stage stage) {

    static MlflowLink of(VersionSummary version) {
        return new MlflowLink(
                version.modelName(),
                version.label(),
                version.mlflowModelName(),
                version.mlflowModelVersion(),
                version.stage());
    }
}
