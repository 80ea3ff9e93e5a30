package io.mdt.mlflow.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The MLflow run that collects a version's figures, remembered so that every evaluation of the
 * version logs into the same run and the run is created once.
 */
@Entity
@Table(name = "mlflow_run")
@NamedQuery(name = MlflowRun.OF_VERSION, query = "SELECT r FROM MlflowRun r WHERE r.versionId = :version")
public class MlflowRun {

    public static final String OF_VERSION = "MlflowRun.ofVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id")
    private long versionId;

    @Column(name = "experiment_id")
    private String experimentId;

    @Column(name = "run_id")
    private String runId;

    private Instant created;

    protected MlflowRun() {}

    public MlflowRun(long versionId, String experimentId, String runId, Instant created) {
        this.versionId = versionId;
        this.experimentId = experimentId;
        this.runId = runId;
        this.created = created;
    }

    public Long getId() {
        return id;
    }

    public long getVersionId() {
        return versionId;
    }

    public String getExperimentId() {
        return experimentId;
    }

    public String getRunId() {
        return runId;
    }

    public Instant getCreated() {
        return created;
    }
}
