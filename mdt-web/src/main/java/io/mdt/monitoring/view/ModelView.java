package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.ModelStatus;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.monitoring.boundary.RunSummary;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A model's page: its health, its versions and each version's monitors with their latest run. */
@Named
@RequestScoped
public class ModelView {

    @Inject
    EvaluationHistory history;

    @Inject
    ModelVersions versions;

    @Inject
    Monitors monitors;

    private String name;
    private ModelStatus status;
    private List<VersionSummary> versionList = List.of();
    private List<MonitorRow> monitorRows = List.of();

    /** Reads the model named in the address; a missing or unknown name becomes a message on the page. */
    public void load() {
        if (name == null || name.isBlank()) {
            PageMessages.warn("Which model? Open a model from the models page.");
            return;
        }
        try {
            status = history.status(name);
            versionList = versions.list(name);
            Map<Long, RunSummary> latest =
                    status.latestRuns().stream().collect(Collectors.toMap(RunSummary::monitorId, Function.identity()));
            monitorRows = versionList.stream()
                    .flatMap(version -> monitors.list(name, version.label()).stream())
                    .map(monitor -> new MonitorRow(monitor, latest.get(monitor.id())))
                    .toList();
        } catch (ModelNotFoundException unknown) {
            PageMessages.warn(unknown.getMessage());
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ModelStatus getStatus() {
        return status;
    }

    public List<VersionSummary> getVersions() {
        return versionList;
    }

    public List<MonitorRow> getMonitors() {
        return monitorRows;
    }
}
