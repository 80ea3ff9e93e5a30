package io.mdt.mlflow.boundary;

import io.mdt.mlflow.control.MlflowHealth;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Links between MDT versions and MLflow registered model versions, set by people. A link is
 * recorded without asking MLflow, so that it can be made while MLflow is down; the next sync
 * reads the registry version's stage.
 */
@Stateless
public class MlflowLinks {

    @Inject
    ModelVersions versions;

    @Inject
    MlflowHealth health;

    /**
     * Links the version; within one model a registry version is linked to one MDT version.
     *
     * @throws ModelValidationException for a malformed draft, or a registry version already
     *     linked to another version of the model
     */
    public MlflowLink link(String model, String label, MlflowLinkDraft draft) {
        if (draft == null) {
            throw new ModelValidationException(List.of(new Violation("body", "must name registeredModel and version")));
        }
        draft.check();
        var name = draft.registeredModel().strip();
        var number = draft.version().strip();
        var target = versions.get(model, label);
        for (var other : versions.list(model)) {
            if (other.id() != target.id()
                    && name.equals(other.mlflowModelName())
                    && number.equals(other.mlflowModelVersion())) {
                throw new ModelValidationException(List.of(new Violation(
                        "version", "version " + number + " of " + name + " is linked to version " + other.label())));
            }
        }
        return MlflowLink.of(versions.linkToMlflow(model, label, name, number));
    }

    public MlflowLink get(String model, String label) {
        return MlflowLink.of(versions.get(model, label));
    }

    public MlflowLink unlink(String model, String label) {
        return MlflowLink.of(versions.linkToMlflow(model, label, null, null));
    }

    /** How this server's last exchange with MLflow went, for the health check. */
    public MlflowStatus status() {
        return health.status();
    }
}
