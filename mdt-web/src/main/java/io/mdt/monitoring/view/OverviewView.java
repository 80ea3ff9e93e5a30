package io.mdt.monitoring.view;

import io.mdt.alerting.boundary.Alerts;
import io.mdt.monitoring.boundary.ModelHealth;
import io.mdt.monitoring.boundary.ModelOverview;
import io.mdt.monitoring.boundary.OverviewQuery;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * The start page: every model of the caller's teams with its health, last evaluation, open
 * alerts and main figure over time, the ones needing attention first; how many are in each
 * state; a filter by state and a search. The table is filtered and paged in the database.
 */
@Named
@ViewScoped
public class OverviewView implements Serializable {

    @Inject
    ModelOverview overview;

    @Inject
    Alerts alerts;

    private static final String TABLE = "overview:models";

    private OverviewTable table;
    private Map<ModelHealth, Long> counts;
    private ModelHealth status;
    private String search;

    @PostConstruct
    void load() {
        counts = overview.counts();
        table = new OverviewTable(overview, alerts);
    }

    public LazyDataModel<OverviewRow> getTable() {
        return table;
    }

    /** Every state, in the order of attention. */
    public List<ModelHealth> getStates() {
        return ModelOverview.ATTENTION;
    }

    /** How many models are in the state, whatever the filter and the search. */
    public long count(ModelHealth health) {
        return counts.getOrDefault(health, 0L);
    }

    public long getTotalModels() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public ModelHealth getStatus() {
        return status;
    }

    public void setStatus(ModelHealth status) {
        this.status = status;
        filter();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
        filter();
    }

    /** The longest search the overview reads, for the field's limit. */
    public int getMaxSearch() {
        return OverviewQuery.MAX_SEARCH;
    }

    /** Applies the state and the search to the table, which starts again at its first page. */
    private void filter() {
        table.filter(status, search);
        var faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot().findComponent(TABLE) instanceof DataTable models) {
            models.setFirst(0);
        }
    }

    /** Chooses a state to show only its models, or, chosen again, shows all again. */
    public void toggle(ModelHealth health) {
        setStatus(health == status ? null : health);
    }
}
