package io.mdt.registry.view;

import io.mdt.monitoring.boundary.ModelHealth;
import io.mdt.monitoring.boundary.ModelOverview;
import io.mdt.registry.boundary.ModelSummary;
import io.mdt.registry.boundary.MonitoredModels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
    ModelOverview overview;

    private LazyDataModel<ModelSummary> table;
    private final Map<Long, ModelHealth> health = new HashMap<>();

    @PostConstruct
    void init() {
        table = new ModelTable(models);
    }

    public LazyDataModel<ModelSummary> getTable() {
        return table;
    }

    /**
     * The model's health. The health of every model of the table's page is read in one query
     * when the first of them is asked for.
     */
    public ModelHealth health(long modelId) {
        if (!health.containsKey(modelId)) {
            var page = new HashSet<>(Set.of(modelId));
            table.getWrappedData().forEach(model -> page.add(model.id()));
            page.forEach(id -> health.put(id, ModelHealth.NO_DATA));
            health.putAll(overview.health(page));
        }
        return health.get(modelId);
    }
}
