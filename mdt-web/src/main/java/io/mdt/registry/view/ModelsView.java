package io.mdt.registry.view;

import io.mdt.registry.boundary.ModelSummary;
import io.mdt.registry.boundary.MonitoredModels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The models page: a lazy, sortable table reading one page at a time from the registry. */
@Named
@ViewScoped
public class ModelsView implements Serializable {

    @Inject
    MonitoredModels models;

    private LazyDataModel<ModelSummary> table;

    @PostConstruct
    void init() {
        table = new ModelTable(models);
    }

    public LazyDataModel<ModelSummary> getTable() {
        return table;
    }
}
