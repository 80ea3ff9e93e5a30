package io.mdt.alerting.view;

import io.mdt.alerting.boundary.AlertPage;
import io.mdt.alerting.boundary.AlertSummary;
import io.mdt.alerting.boundary.Alerts;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.ModelValidationException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the alerts table page by page, newest first. A filter the boundary refuses (a model
 * deleted while the page is open) shows no rows; the page says why when it opens.
 */
class AlertTable extends LazyDataModel<AlertSummary> {

    private final Alerts alerts;
    private final AlertFilter filter;

    AlertTable(Alerts alerts, AlertFilter filter) {
        this.alerts = alerts;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(page(0, 1).total());
    }

    @Override
    public List<AlertSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page(first / pageSize, pageSize).items();
    }

    @Override
    public String getRowKey(AlertSummary alert) {
        return String.valueOf(alert.id());
    }

    @Override
    public AlertSummary getRowData(String rowKey) {
        return alerts.get(Long.parseLong(rowKey));
    }

    private AlertPage page(int page, int size) {
        try {
            return alerts.list(filter.query(page, size));
        } catch (ModelValidationException | ModelNotFoundException refused) {
            return new AlertPage(List.of(), 0, page, size);
        }
    }
}
