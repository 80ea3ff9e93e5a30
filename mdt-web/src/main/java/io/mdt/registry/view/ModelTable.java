package io.mdt.registry.view;

import io.mdt.registry.boundary.ModelQuery;
import io.mdt.registry.boundary.ModelSummary;
import io.mdt.registry.boundary.MonitoredModels;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the models table page by page from the registry's cached list. */
class ModelTable extends LazyDataModel<ModelSummary> {

    private static final String DEFAULT_SORT = "name";

    private final MonitoredModels models;

    ModelTable(MonitoredModels models) {
        this.models = models;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(
                models.list(new ModelQuery(0, 1, DEFAULT_SORT, true)).total());
    }

    @Override
    public List<ModelSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var sort = sortBy.values().stream().findFirst();
        var field = sort.map(SortMeta::getField).orElse(DEFAULT_SORT);
        var ascending = sort.map(s -> s.getOrder() != SortOrder.DESCENDING).orElse(true);
        return models.list(new ModelQuery(first / pageSize, pageSize, field, ascending))
                .items();
    }

    @Override
    public String getRowKey(ModelSummary model) {
        return String.valueOf(model.id());
    }

    @Override
    public ModelSummary getRowData(String rowKey) {
        return models.get(Long.parseLong(rowKey));
    }
}
