package io.mdt.mlflow.boundary;

import io.mdt.mlflow.control.VersionRuns;
import io.mdt.registry.boundary.VersionSummary;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Finds or creates a version's MLflow run in a transaction of its own, committed before any
 * figure is logged into it: a logging that fails afterwards and is delivered again finds the
 * run it created, and never leaves a second one behind in MLflow.
 */
@Stateless
public class MlflowRuns {

    @Inject
    VersionRuns runs;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String runOf(VersionSummary version) {
        return runs.runOf(version);
    }
}
