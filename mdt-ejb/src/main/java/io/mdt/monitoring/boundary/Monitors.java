package io.mdt.monitoring.boundary;

import io.mdt.ingestion.boundary.ReferenceDatasets;
import io.mdt.monitoring.control.PerformanceBaselines;
import io.mdt.monitoring.entity.Monitor;
import io.mdt.monitoring.entity.MonitorSettings;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionsRemoved;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.entity.ModelVersion;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Monitors of a model version: each change also creates, replaces or cancels its timer. */
@Stateless
public class Monitors {

    @PersistenceContext
    EntityManager em;

    @Inject
    PerformanceBaselines baselines;

    @Inject
    ModelVersions versions;

    @Inject
    MonitorScheduler scheduler;

    @Inject
    ReferenceDatasets references;

    public MonitorSummary create(String model, String version, MonitorDraft draft) {
        var target = versions.version(model, version);
        var settings = settings(draft, target);
        var name = draft.name().strip();
        if (!em.createNamedQuery(Monitor.OF_VERSION, Monitor.class)
                .setParameter("version", target.getId())
                .getResultStream()
                .filter(m -> m.getName().equals(name))
                .toList()
                .isEmpty()) {
            throw new ModelValidationException(
                    List.of(new Violation("name", "the version already has a monitor '" + name + "'")));
        }
        var monitor = new Monitor(target, name, settings, InstantConverter.now());
        em.persist(monitor);
        em.flush();
        scheduler.schedule(monitor);
        return MonitorSummary.of(monitor);
    }

    public List<MonitorSummary> list(String model, String version) {
        return em.createNamedQuery(Monitor.OF_VERSION, Monitor.class)
                .setParameter("version", versions.version(model, version).getId())
                .getResultStream()
                .map(MonitorSummary::of)
                .toList();
    }

    /** The monitors of every version of a model, oldest first. */
    public List<MonitorSummary> ofModel(long modelId) {
        return em.createQuery("SELECT m FROM Monitor m WHERE m.version.model.id = :model ORDER BY m.id", Monitor.class)
                .setParameter("model", modelId)
                .getResultStream()
                .map(MonitorSummary::of)
                .toList();
    }

    public MonitorSummary get(long id) {
        return MonitorSummary.of(find(id));
    }

    public MonitorSummary update(long id, MonitorDraft draft) {
        var monitor = find(id);
        var settings = settings(draft, monitor.getVersion());
        if (!monitor.sameWindowAs(settings)) {
            throw new ModelValidationException(List.of(new Violation(
                    "window", "cannot change: runs are numbered by it; create another monitor for another window")));
        }
        monitor.configure(settings, InstantConverter.now());
        baselines.forget(id);
        scheduler.schedule(monitor);
        return MonitorSummary.of(monitor);
    }

    public void delete(long id) {
        var monitor = find(id);
        scheduler.cancel(Set.of(id));
        em.remove(monitor);
    }

    /**
     * Cancels the timers of the monitors of versions being removed, in the removing
     * transaction: the database deletes the monitors by cascade, but their timers live in the
     * timer service and would otherwise fire for ever.
     */
    public void cancelTimers(@Observes VersionsRemoved removed) {
        var monitorIds = removed.versionIds().stream()
                .flatMap(version -> em.createNamedQuery(Monitor.OF_VERSION, Monitor.class)
                        .setParameter("version", version)
                        .getResultStream())
                .map(Monitor::getId)
                .collect(Collectors.toSet());
        scheduler.cancel(monitorIds);
    }

    /** The draft's settings, with a fixed reference only from the version's own datasets. */
    private MonitorSettings settings(MonitorDraft draft, ModelVersion version) {
        var settings = MonitorRules.settings(draft, version);
        var reference = settings.referenceId();
        if (reference != null && !references.isOfVersion(reference, version.getId())) {
            throw new ModelValidationException(List.of(new Violation(
                    "referenceId", "no reference dataset " + reference + " belongs to version " + version.getLabel())));
        }
        return settings;
    }

    /** The monitor entity, for the boundaries of this component; one of a model the caller does not see is not found. */
    public Monitor find(long id) {
        var monitor = em.find(Monitor.class, id);
        if (monitor == null || !versions.sees(monitor.getVersion().getModel().getId())) {
            throw new MonitorNotFoundException("monitor", id);
        }
        return monitor;
    }
}
