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
import java.util.Map;
import java.util.stream.Collectors;
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
    private Map<Long, ModelHealth> health;

    @PostConstruct
    void init() {
        table = new ModelTable(models);
    }

    public LazyDataModel<ModelSummary> getTable() {
        return table;
    }

    /**
     * The model's health. Every model's is read in one query, once for as long as the page is
     * open; a model without a finished run has no data.
     */
    public ModelHealth health(long modelId) {
        if (health == null) {
            health = history.statuses().entrySet().stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, e -> e.getValue().status()));
        }
        return health.getOrDefault(modelId, ModelHealth.NO_DATA);
    }
}
