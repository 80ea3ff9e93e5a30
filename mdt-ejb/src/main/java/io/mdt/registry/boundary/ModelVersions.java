package io.mdt.registry.boundary;

import io.mdt.platform.control.StorableText;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.control.VersionTables;
import io.mdt.registry.entity.ModelVersion;
import io.mdt.registry.entity.MonitoredModel;
import io.mdt.registry.entity.Stage;
import io.mdt.registry.entity.StageReconciliation;
import io.mdt.security.boundary.Visibility;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Versions of a model and their schemas. Creating a version also creates the typed tables
 * its predictions, actuals and reference data will live in, in the same transaction.
 */
@Stateless
public class ModelVersions {

    @PersistenceContext
    EntityManager em;

    @Inject
    VersionTables tables;

    @Inject
    Visibility visibility;

    public VersionSummary create(String modelReference, VersionDraft draft) {
        var columns = VersionSchema.columnsOf(draft);
        var stage = VersionSchema.stageOf(draft.stage(), "stage");
        var model = model(modelReference);
        VersionSchema.checkOutputs(draft, columns, model.getTaskType());
        var label = draft.label().strip();
        if (findVersion(model, label) != null) {
            throw new DuplicateVersionException(model.getName(), label);
        }
        var version = new ModelVersion(
                model,
                label,
                stage,
                draft.mlflowModelName(),
                draft.mlflowModelVersion(),
                columns,
                draft.positiveClass() == null ? null : draft.positiveClass().strip(),
                draft.threshold(),
                InstantConverter.now());
        em.persist(version);
        em.flush();
        tables.create(version);
        return VersionSummary.of(version);
    }

    /** The labels of a model's versions, oldest first; none for a model the caller does not see. */
    public List<String> labels(String modelReference) {
        try {
            return list(modelReference).stream().map(VersionSummary::label).toList();
        } catch (ModelNotFoundException unseen) {
            return List.of();
        }
    }

    public List<VersionSummary> list(String modelReference) {
        var model = model(modelReference);
        return em.createNamedQuery(ModelVersion.OF_MODEL, ModelVersion.class)
                .setParameter("model", model.getId())
                .getResultStream()
                .map(VersionSummary::of)
                .toList();
    }

    public VersionSummary get(String modelReference, String label) {
        return VersionSummary.of(version(modelReference, label));
    }

    public VersionSummary changeStage(String modelReference, String label, String stage) {
        var next = VersionSchema.requiredStage(stage, "stage");
        var version = version(modelReference, label);
        version.promote(next, InstantConverter.now());
        return VersionSummary.of(version);
    }

    /**
     * Links the version to a version of an MLflow registered model, or unlinks it when
     * {@code registeredModel} is null; the caller has checked the names.
     */
    public VersionSummary linkToMlflow(
            String modelReference, String label, String registeredModel, String registryVersion) {
        return linkToMlflow(modelReference, label, registeredModel, registryVersion, null);
    }

    /**
     * Links the version to a registry version MDT has just registered, whose stage it knows, so
     * that a stage changed in MDT before the next sync is written to the registry, not undone.
     */
    public VersionSummary linkToMlflow(
            String modelReference, String label, String registeredModel, String registryVersion, Stage registryStage) {
        var version = version(modelReference, label);
        version.linkToMlflow(registeredModel, registryVersion, registryStage, InstantConverter.now());
        return VersionSummary.of(version);
    }

    /** Reconciles the version's stage with its registry version's, just read by a sync. */
    public StageReconciliation reconcileWithRegistry(String modelReference, String label, Stage registryStage) {
        return version(modelReference, label).reconcile(registryStage, InstantConverter.now());
    }

    /** Records that the registry version has been moved to the version's stage. */
    public void writtenToRegistry(String modelReference, String label) {
        version(modelReference, label).writtenToRegistry();
    }

    /** Every version linked to an MLflow registered model version, by model, whoever asks. */
    public List<VersionSummary> linkedToMlflow() {
        return em.createNamedQuery(ModelVersion.LINKED_TO_MLFLOW, ModelVersion.class)
                .getResultStream()
                .map(VersionSummary::of)
                .toList();
    }

    /** The version entity, for the boundaries of other components in the same transaction. */
    public ModelVersion version(String modelReference, String label) {
        var model = model(modelReference);
        var version = findVersion(model, label == null ? "" : label.strip());
        if (version == null) {
            throw new VersionNotFoundException(model.getName(), label);
        }
        return version;
    }

    /** A model by name, or by id when the reference is a number that no model has as its name. */
    public ModelSummary summary(String reference) {
        return ModelSummary.of(model(reference));
    }

    /** The models the caller sees, for the lists of other components. */
    public VisibleModels visible() {
        var scope = visibility.scope();
        if (scope.all()) {
            return VisibleModels.ALL;
        }
        if (scope.model() != null) {
            return new VisibleModels(
                    false, em.find(MonitoredModel.class, scope.model()) == null ? Set.of() : Set.of(scope.model()));
        }
        if (scope.teams().isEmpty()) {
            return new VisibleModels(false, Set.of());
        }
        return new VisibleModels(
                false,
                Set.copyOf(em.createNamedQuery(MonitoredModel.IDS_OF_TEAMS, Long.class)
                        .setParameter("teams", scope.teams())
                        .getResultList()));
    }

    /**
     * Whether the caller sees the model with this id, for components holding a model's id; a
     * model that no longer exists is seen by those who see every model.
     */
    public boolean sees(long modelId) {
        var model = em.find(MonitoredModel.class, modelId);
        return model == null ? visibility.scope().all() : visibility.sees(model.getTeam(), modelId);
    }

    /** The ids of every model, in order. */
    public List<Long> modelIds() {
        return em.createQuery("SELECT m.id FROM MonitoredModel m ORDER BY m.id", Long.class)
                .getResultList();
    }

    /** Whether any version of the model stored a prediction at or after {@code since}. */
    public boolean receivedPredictionsSince(long modelId, Instant since) {
        return tables.receivedSince(modelId, since);
    }

    /**
     * A model by name, or by id when the reference is a number that no model has as its name;
     * a model the caller does not see is not found.
     */
    public MonitoredModel model(String reference) {
        var model = anyModel(reference);
        if (!visibility.sees(model.getTeam(), model.getId())) {
            throw new ModelNotFoundException(reference.strip());
        }
        return model;
    }

    private MonitoredModel anyModel(String reference) {
        var text = reference == null ? "" : reference.strip();
        if (!StorableText.storable(text)) {
            var quoted = StorableText.quote(text);
            throw new ModelNotFoundException(quoted.substring(1, quoted.length() - 1));
        }
        var byName = em.createNamedQuery(MonitoredModel.BY_NAME, MonitoredModel.class)
                .setParameter("name", text)
                .getResultList();
        if (!byName.isEmpty()) {
            return byName.get(0);
        }
        var byId = text.matches("\\d{1,18}") ? em.find(MonitoredModel.class, Long.parseLong(text)) : null;
        if (byId == null) {
            throw new ModelNotFoundException(text);
        }
        return byId;
    }

    private ModelVersion findVersion(MonitoredModel model, String label) {
        if (!StorableText.storable(label)) {
            return null;
        }
        return em.createNamedQuery(ModelVersion.BY_LABEL, ModelVersion.class)
                .setParameter("model", model.getId())
                .setParameter("label", label)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
