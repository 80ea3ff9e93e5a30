package io.mdt.monitoring.view;

import io.mdt.alerting.boundary.Alerts;
import io.mdt.alerting.boundary.OpenAlertCounts;
import io.mdt.monitoring.boundary.ModelHealth;
import io.mdt.monitoring.boundary.ModelOverview;
import io.mdt.monitoring.boundary.OverviewEntry;
import io.mdt.monitoring.boundary.OverviewQuery;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the overview's table a page at a time, filtered, ordered and paged in the database; the
 * open alerts and the sparklines are read for the page's models only.
 */
class OverviewTable extends LazyDataModel<OverviewRow> {

    private final ModelOverview overview;
    private final Alerts alerts;
    private ModelHealth health;
    private String search;

    OverviewTable(ModelOverview overview, Alerts alerts) {
        this.overview = overview;
        this.alerts = alerts;
    }

    /** Shows only the models in this state (all when null) that match the search. */
    void filter(ModelHealth health, String search) {
        this.health = health;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(overview.count(query(0, 1)));
    }

    @Override
    public List<OverviewRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var entries = overview.page(query(first, pageSize));
        var metrics = overview.mainMetrics(
                entries.stream().map(OverviewEntry::modelId).toList());
        var open = alerts.openCountsByModel();
        return entries.stream()
                .map(entry -> new OverviewRow(
                        entry,
                        open.getOrDefault(entry.modelId(), OpenAlertCounts.NONE),
                        Sparkline.of(metrics.get(entry.modelId()))))
                .toList();
    }

    @Override
    public String getRowKey(OverviewRow row) {
        return String.valueOf(row.model().modelId());
    }

    private OverviewQuery query(int first, int size) {
        return new OverviewQuery(health, search, first, Math.min(size, OverviewQuery.MAX_SIZE));
    }
}
