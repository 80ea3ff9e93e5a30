package io.mdt.mlflow.control;

import io.mdt.mlflow.entity.MlflowRun;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.VersionSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/**
 * The MLflow run of a version, in experiment {@code mdt/<model>}: the remembered one, or a new
 * one. Runs of one model are found or created one transaction at a time (a database advisory
 * lock on the model), so that two evaluations finishing together create one experiment and one
 * run per version.
 */
@ApplicationScoped
public class VersionRuns {

    /** The namespace of the advisory locks that serialise the creation of a model's runs. */
    private static final int MODEL_LOCKS = 0x4d4c;

    public static final String MODEL_TAG = "mdt.model";
    public static final String VERSION_TAG = "mdt.version";

    @PersistenceContext
    EntityManager em;

    @Inject
    MlflowTracking tracking;

    public static String experimentName(String model) {
        return "mdt/" + model;
    }

    /** The id of the version's MLflow run, created and remembered when it has none yet. */
    public String runOf(VersionSummary version) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, MODEL_LOCKS)
                .setParameter(2, (int) version.modelId())
                .getSingleResult();
        var remembered = em.createNamedQuery(MlflowRun.OF_VERSION, MlflowRun.class)
                .setParameter("version", version.id())
                .getResultStream()
                .findFirst();
        if (remembered.isPresent()) {
            return remembered.get().getRunId();
        }
        var experiment = tracking.experiment(experimentName(version.modelName()));
        var runId = tracking.createRun(
                experiment, version.label(), Map.of(MODEL_TAG, version.modelName(), VERSION_TAG, version.label()));
        em.persist(new MlflowRun(version.id(), experiment, runId, InstantConverter.now()));
        return runId;
    }
}
