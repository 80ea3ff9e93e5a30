package io.mdt.monitoring.view;

import io.mdt.alerting.boundary.Alerts;
import io.mdt.alerting.boundary.OpenAlertCounts;
import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.ModelHealth;
import io.mdt.registry.boundary.ModelQuery;
import io.mdt.registry.boundary.ModelSummary;
import io.mdt.registry.boundary.MonitoredModels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The start page: every model of the caller's teams with its health, last evaluation and open
 * alerts, the ones needing attention first; how many are in each state; a filter by state and a
 * search. Health and alerts are read for all models at once (one query each), when the page
 * opens.
 */
@Named
@ViewScoped
public class OverviewView implements Serializable {

    /** Models are read a page of this many at a time, the registry's smallest maximum. */
    private static final int PAGE = 200;
    /** The overview shows at most this many models; the models page lists every one. */
    static final int MAX_MODELS = 2_000;

    @Inject
    MonitoredModels models;

    @Inject
    EvaluationHistory history;

    @Inject
    Alerts alerts;

    private List<OverviewRow> all = List.of();
    private long totalModels;
    private ModelHealth status;
    private String search;

    @PostConstruct
    void load() {
        var statuses = history.statuses();
        var open = alerts.openCountsByModel();
        var rows = new ArrayList<OverviewRow>();
        for (var model : everyModel()) {
            var found = statuses.get(model.id());
            rows.add(new OverviewRow(
                    model,
                    found == null ? ModelHealth.NO_DATA : found.status(),
                    found == null ? null : found.lastEvaluated(),
                    open.getOrDefault(model.id(), OpenAlertCounts.NONE)));
        }
        rows.sort(OverviewRow.BY_ATTENTION);
        all = List.copyOf(rows);
    }

    private List<ModelSummary> everyModel() {
        var result = new ArrayList<ModelSummary>();
        for (int page = 0; result.size() < MAX_MODELS; page++) {
            var read = models.list(new ModelQuery(page, PAGE, "name", true));
            totalModels = read.total();
            result.addAll(read.items());
            if (read.items().size() < PAGE) {
                break;
            }
        }
        return result;
    }

    /** The rows in the chosen state (all without one) that match the search. */
    public List<OverviewRow> getRows() {
        return all.stream()
                .filter(row -> status == null || row.health() == status)
                .filter(row -> row.matches(search))
                .toList();
    }

    /** Every state, in the order of attention. */
    public List<ModelHealth> getStates() {
        return OverviewRow.ATTENTION;
    }

    /** How many models are in the state, whatever the filter and the search. */
    public long count(ModelHealth health) {
        return all.stream().filter(row -> row.health() == health).count();
    }

    /** Whether more models exist than the overview shows. */
    public boolean isCut() {
        return totalModels > all.size();
    }

    public long getTotalModels() {
        return totalModels;
    }

    public ModelHealth getStatus() {
        return status;
    }

    public void setStatus(ModelHealth status) {
        this.status = status;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** Chooses a state to show only its models, or, chosen again, shows all again. */
    public void toggle(ModelHealth health) {
        status = health == status ? null : health;
    }
}
