package io.mdt.audit.view;

import io.mdt.audit.boundary.AuditLog;
import io.mdt.audit.boundary.AuditPage;
import io.mdt.audit.boundary.AuditRecord;
import io.mdt.platform.rest.InvalidParameterException;
import io.mdt.registry.boundary.ModelValidationException;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the audit table page by page, newest first; filters the boundary refuses show no rows. */
class AuditTable extends LazyDataModel<AuditRecord> {

    private final AuditLog log;
    private final AuditFilter filter;

    AuditTable(AuditLog log, AuditFilter filter) {
        this.log = log;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(page(0, 1).total());
    }

    @Override
    public List<AuditRecord> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page(first / pageSize, pageSize).items();
    }

    @Override
    public String getRowKey(AuditRecord entry) {
        return String.valueOf(entry.id());
    }

    @Override
    public AuditRecord getRowData(String rowKey) {
        return log.get(Long.parseLong(rowKey));
    }

    private AuditPage page(int page, int size) {
        try {
            return log.list(filter.query(page, size));
        } catch (ModelValidationException | InvalidParameterException refused) {
            return new AuditPage(List.of(), 0, page, size);
        }
    }
}
