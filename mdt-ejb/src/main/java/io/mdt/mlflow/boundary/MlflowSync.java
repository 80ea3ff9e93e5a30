package io.mdt.mlflow.boundary;

import io.mdt.mlflow.control.MlflowSettings;
import io.mdt.mlflow.control.MlflowTracking;
import io.mdt.mlflow.control.RegistryVersion;
import io.mdt.mlflow.control.StageMapping;
import io.mdt.mlflow.control.VersionRuns;
import io.mdt.platform.entity.TimerHeartbeat;
import io.mdt.registry.boundary.ColumnDraft;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionDraft;
import io.mdt.registry.boundary.VersionSummary;
import io.mdt.registry.entity.Stage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Brings the MLflow registry's news into MDT, model by model: the stage of every linked version
 * follows its registry version's stage when that changed in the registry ({@link StageMapping}),
 * a stage changed in MDT since the last sync is written to the registry, and a registry version newer than
 * the newest one linked in the model becomes a new MDT version {@code mlflow-<n>}, linked to it,
 * with the schema of that newest linked version. Versions MDT registered itself (tagged {@value
 * VersionRuns#VERSION_TAG}) are linked already and never copied. The changes are the registry
 * component's own, so the audit records them as MDT's ({@code system}).
 */
@Stateless
public class MlflowSync {

    /** The heartbeat row that remembers when the registry was last read. */
    static final String HEARTBEAT = "mlflow sync";

    /** A timer may fire a little before its second; a sync that early is still due. */
    private static final Duration EARLY_TICK = Duration.ofSeconds(1);

    public static final String LABEL_PREFIX = "mlflow-";

    /**
     * A registry version number. Links made when a version is created are not checked, so a
     * link to something else is followed for its stage but never counted as the newest.
     */
    private static final Pattern REGISTRY_NUMBER = Pattern.compile("\\d{1,18}");

    @PersistenceContext
    EntityManager em;

    @Inject
    MlflowSettings settings;

    @Inject
    ModelVersions versions;

    @Inject
    MlflowTracking tracking;

    /**
     * Whether a sync is due ({@code mdt.mlflow.sync-interval} since the last one); a due sync is
     * recorded as done, so that a sync that fails waits for the next interval too.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimDue() {
        if (!settings.enabled()) {
            return false;
        }
        var now = Instant.now();
        var heartbeat = em.find(TimerHeartbeat.class, HEARTBEAT, LockModeType.PESSIMISTIC_WRITE);
        if (heartbeat == null) {
            em.persist(new TimerHeartbeat(HEARTBEAT, now));
            return true;
        }
        if (heartbeat.getLastRun().plus(settings.syncInterval()).isAfter(now.plus(EARLY_TICK))) {
            return false;
        }
        heartbeat.beat(now);
        return true;
    }

    /** The models with a version linked to the registry. */
    public List<String> linkedModels() {
        return versions.linkedToMlflow().stream()
                .map(VersionSummary::modelName)
                .distinct()
                .toList();
    }

    /**
     * Syncs one model with the registry, in a transaction of its own.
     *
     * @return what changed, one line each
     * @throws MlflowUnavailableException when MLflow did not answer; nothing changed then
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> sync(String model) {
        var all = versions.list(model);
        var labels = all.stream().map(VersionSummary::label).collect(Collectors.toSet());
        var changes = new ArrayList<String>();
        var linked = all.stream().filter(v -> v.mlflowModelName() != null).toList();
        for (var name :
                linked.stream().map(VersionSummary::mlflowModelName).distinct().toList()) {
            var registry = tracking.versions(name);
            var ofName = linked.stream()
                    .filter(v -> name.equals(v.mlflowModelName()))
                    .toList();
            for (var version : ofName) {
                reconcileStage(model, version, registry, changes);
            }
            var numbered = ofName.stream()
                    .filter(v -> REGISTRY_NUMBER.matcher(v.mlflowModelVersion()).matches());
            var newest = numbered.max(Comparator.comparingLong(v -> Long.parseLong(v.mlflowModelVersion())));
            if (newest.isEmpty()) {
                continue;
            }
            for (var entry : registry) {
                if (entry.number() > Long.parseLong(newest.get().mlflowModelVersion())
                        && !entry.tags().containsKey(VersionRuns.VERSION_TAG)) {
                    copy(model, newest.get(), entry, labels, changes);
                }
            }
        }
        return changes;
    }

    /**
     * Reconciles a linked version's stage with the registry's ({@link
     * io.mdt.registry.entity.ModelVersion#reconcile}): a change made in the registry is
     * followed, one made in MDT since the last sync is written to the registry.
     */
    private void reconcileStage(
            String model, VersionSummary version, List<RegistryVersion> registry, List<String> changes) {
        var entry = registry.stream()
                .filter(candidate -> candidate.version().equals(version.mlflowModelVersion()))
                .findFirst();
        var registryStage = entry.map(found -> StageMapping.of(found.stage()));
        if (registryStage.isEmpty()) {
            return;
        }
        switch (versions.reconcileWithRegistry(model, version.label(), registryStage.get())) {
            case FOLLOWED_REGISTRY ->
                changes.add("version " + version.label() + " of " + model + " moved to " + registryStage.get());
            case WRITE_TO_REGISTRY -> {
                tracking.transitionStage(
                        version.mlflowModelName(),
                        version.mlflowModelVersion(),
                        StageMapping.toMlflow(version.stage()));
                versions.writtenToRegistry(model, version.label());
                changes.add("registry version " + version.mlflowModelVersion() + " of " + version.mlflowModelName()
                        + " moved to " + version.stage() + ", as version " + version.label() + " of " + model);
            }
            case AGREED -> {}
        }
    }

    private void copy(
            String model, VersionSummary newest, RegistryVersion entry, Set<String> labels, List<String> changes) {
        var label = LABEL_PREFIX + entry.version();
        if (!labels.add(label)) {
            return;
        }
        var stage = StageMapping.of(entry.stage());
        var columns = newest.columns().stream()
                .map(c -> new ColumnDraft(
                        c.name(),
                        c.role().name(),
                        c.type() == null ? null : c.type().name(),
                        c.minimum(),
                        c.maximum(),
                        c.categories(),
                        c.classLabel()))
                .toList();
        versions.create(
                model,
                new VersionDraft(
                        label,
                        (stage == null ? Stage.STAGING : stage).name(),
                        entry.name(),
                        entry.version(),
                        columns,
                        newest.positiveClass(),
                        newest.threshold()));
        versions.reconcileWithRegistry(model, label, stage == null ? Stage.STAGING : stage);
        changes.add("version " + label + " of " + model + " created for registry version " + entry.version() + " of "
                + entry.name());
    }
}
