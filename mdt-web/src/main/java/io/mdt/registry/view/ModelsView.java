package io.mdt.registry.view;

import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.ModelHealth;
import io.mdt.registry.boundary.ModelSummary;
import io.mdt.registry.boundary.MonitoredModels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The models page: a lazy, sortable table reading one page at a time from the registry,
 * with each model's health as its monitors last judged it.
 */
@Named
@ViewScoped
public class ModelsView implements Serializable {

    @Inject
    MonitoredModels models;

    @Inject
    EvaluationHistory history;

    private LazyDataModel<ModelSummary> table;
    private final Map<String, ModelHealth> health = new HashMap<>();

    @PostConstruct
    void init() {
        table = new ModelTable(models);
    }

    public LazyDataModel<ModelSummary> getTable() {
        return table;
    }

    /** The model's health, read once per model for as long as the page is open. */
    public ModelHealth health(String model) {
        return health.computeIfAbsent(model, name -> history.status(name).status());
    }
}
