package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.EvaluationHistory;
import io.mdt.monitoring.boundary.RunSummary;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds a monitor's runs table page by page, newest window first. */
class RunTable extends LazyDataModel<RunSummary> {

    private final EvaluationHistory history;
    private final long monitorId;

    RunTable(EvaluationHistory history, long monitorId) {
        this.history = history;
        this.monitorId = monitorId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(history.runs(monitorId, null, null, 0, 1).total());
    }

    @Override
    public List<RunSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return history.runs(monitorId, null, null, first / pageSize, pageSize).items();
    }

    @Override
    public String getRowKey(RunSummary run) {
        return String.valueOf(run.id());
    }

    @Override
    public RunSummary getRowData(String rowKey) {
        return history.run(Long.parseLong(rowKey)).run();
    }
}
