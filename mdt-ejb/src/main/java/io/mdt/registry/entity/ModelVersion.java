package io.mdt.registry.entity;

import io.mdt.engine.performance.ClassLabels;
import io.mdt.engine.performance.PerformanceSpec;
import io.mdt.engine.performance.Task;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a monitored model, with the schema of the data it produces. The schema is
 * fixed when the version is created: data already stored in its shape must stay readable.
 */
@Entity
@Table(name = "model_version")
@NamedQuery(
        name = ModelVersion.BY_LABEL,
        query = "SELECT v FROM ModelVersion v WHERE v.model.id = :model AND v.label = :label")
@NamedQuery(
        name = ModelVersion.OF_MODEL,
        query = "SELECT v FROM ModelVersion v WHERE v.model.id = :model ORDER BY v.created, v.id")
@NamedQuery(
        name = ModelVersion.LINKED_TO_MLFLOW,
        query = "SELECT v FROM ModelVersion v WHERE v.mlflowModelName IS NOT NULL ORDER BY v.model.id, v.id")
public class ModelVersion {

    public static final String BY_LABEL = "ModelVersion.byLabel";
    public static final String OF_MODEL = "ModelVersion.ofModel";
    public static final String LINKED_TO_MLFLOW = "ModelVersion.linkedToMlflow";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "model_id")
    private MonitoredModel model;

    @Column(nullable = false, length = 100)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Column(name = "mlflow_model_name", length = 200)
    private String mlflowModelName;

    @Column(name = "mlflow_model_version", length = 50)
    private String mlflowModelVersion;

    /** The registry version's stage as last seen or set by MDT; null while unknown. */
    @Enumerated(EnumType.STRING)
    @Column(name = "mlflow_stage", length = 20)
    private Stage mlflowStage;

    @Column(name = "positive_class", length = 200)
    private String positiveClass;

    @Column(name = "decision_threshold")
    private Double decisionThreshold;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "version_column", joinColumns = @JoinColumn(name = "version_id"))
    @OrderBy("position")
    private List<SchemaColumn> columns = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected ModelVersion() {}

    public ModelVersion(
            MonitoredModel model,
            String label,
            Stage stage,
            String mlflowModelName,
            String mlflowModelVersion,
            List<SchemaColumn> columns,
            String positiveClass,
            Double decisionThreshold,
            Instant now) {
        this.model = model;
        this.label = label.strip();
        this.stage = stage;
        this.mlflowModelName = mlflowModelName;
        this.mlflowModelVersion = mlflowModelVersion;
        this.columns = new ArrayList<>(columns);
        this.positiveClass = positiveClass;
        this.decisionThreshold = decisionThreshold;
        this.created = now;
        this.updated = now;
    }

    /** Moves the version to another stage; its schema and data stay as they are. */
    public void promote(Stage next, Instant now) {
        this.stage = next;
        this.updated = now;
    }

    /**
     * Names the MLflow registered model version this version is; null for both removes the link.
     * The version's schema and data stay as they are.
     */
    public void linkToMlflow(String registeredModel, String registryVersion, Instant now) {
        linkToMlflow(registeredModel, registryVersion, null, now);
    }

    /**
     * Links the version to a registry version whose stage MDT knows, having just registered it;
     * a null stage leaves it to the registry to say at the next sync.
     */
    public void linkToMlflow(String registeredModel, String registryVersion, Stage registryStage, Instant now) {
        this.mlflowModelName = registeredModel;
        this.mlflowModelVersion = registeredModel == null ? null : registryVersion;
        this.mlflowStage = registeredModel == null ? null : registryStage;
        this.updated = now;
    }

    /**
     * Reconciles the version's stage with its registry version's, as a sync has just read it.
     * A stage changed in the registry since MDT last saw it is followed, even when MDT's changed
     * too (the registry is where models are managed); a stage MDT changed while the registry's
     * stayed is MDT's to write there. A registry stage never seen is followed.
     */
    public StageReconciliation reconcile(Stage registryStage, Instant now) {
        if (registryStage == mlflowStage || (mlflowStage == null && registryStage == stage)) {
            mlflowStage = registryStage;
            return registryStage == stage ? StageReconciliation.AGREED : StageReconciliation.WRITE_TO_REGISTRY;
        }
        mlflowStage = registryStage;
        if (registryStage == stage) {
            return StageReconciliation.AGREED;
        }
        promote(registryStage, now);
        return StageReconciliation.FOLLOWED_REGISTRY;
    }

    /** The registry version now has the version's stage, written there by MDT. */
    public void writtenToRegistry() {
        this.mlflowStage = stage;
    }

    /**
     * How the version's outputs read as its model's task: the positive class (declared, else
     * {@code true} for a boolean target and {@code 1} otherwise), the decision threshold (0.5 by
     * default) and the class of each score column.
     */
    public PerformanceSpec performanceSpec() {
        var classes = scoreColumns().stream().map(SchemaColumn::scoreClass).toList();
        return switch (model.getTaskType()) {
            case REGRESSION -> PerformanceSpec.regression();
            case BINARY_CLASSIFICATION ->
                new PerformanceSpec(
                        Task.BINARY,
                        positiveClass(),
                        decisionThreshold(),
                        classes.isEmpty() ? List.of() : List.of(positiveClass()));
            case MULTICLASS_CLASSIFICATION -> new PerformanceSpec(Task.MULTICLASS, null, decisionThreshold(), classes);
        };
    }

    /**
     * The score columns that performance is measured with: every one of a multiclass model's; a
     * binary classifier's only one, or the one of its positive class; none of a regression model.
     */
    public List<SchemaColumn> scoreColumns() {
        var scores = columns(ColumnRole.PREDICTION_SCORE);
        return switch (model.getTaskType()) {
            case REGRESSION -> List.of();
            case MULTICLASS_CLASSIFICATION -> scores;
            case BINARY_CLASSIFICATION ->
                scores.size() == 1
                        ? scores
                        : scores.stream()
                                .filter(c ->
                                        ClassLabels.normalise(c.scoreClass()).equals(positiveClass()))
                                .limit(1)
                                .toList();
        };
    }

    /** The positive class of a binary classifier, as declared or by default. */
    public String positiveClass() {
        if (positiveClass != null) {
            return ClassLabels.normalise(positiveClass);
        }
        var boolTarget = column(ColumnRole.TARGET)
                .map(c -> c.getType() == ValueType.BOOLEAN)
                .orElse(false);
        return boolTarget ? "true" : PerformanceSpec.DEFAULT_POSITIVE;
    }

    public double decisionThreshold() {
        return decisionThreshold != null ? decisionThreshold : PerformanceSpec.DEFAULT_THRESHOLD;
    }

    public Optional<SchemaColumn> column(ColumnRole role) {
        return columns.stream().filter(c -> c.getRole() == role).findFirst();
    }

    public List<SchemaColumn> columns(ColumnRole role) {
        return columns.stream().filter(c -> c.getRole() == role).toList();
    }

    /** The columns stored with each prediction, in schema order. */
    public List<SchemaColumn> predictionValueColumns() {
        return columns.stream().filter(c -> c.getRole().isPredictionValue()).toList();
    }

    /** The columns a reference dataset holds: what predictions carry, plus the target. */
    public List<SchemaColumn> referenceColumns() {
        return columns.stream()
                .filter(c -> c.getRole().isPredictionValue() || c.getRole() == ColumnRole.TARGET)
                .toList();
    }

    public Long getId() {
        return id;
    }

    public MonitoredModel getModel() {
        return model;
    }

    public String getLabel() {
        return label;
    }

    public Stage getStage() {
        return stage;
    }

    public String getMlflowModelName() {
        return mlflowModelName;
    }

    public String getMlflowModelVersion() {
        return mlflowModelVersion;
    }

    public List<SchemaColumn> getColumns() {
        return List.copyOf(columns);
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }
}
