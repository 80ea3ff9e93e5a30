package io.mdt.audit.view;

import io.mdt.audit.boundary.AuditLog;
import io.mdt.audit.boundary.AuditRecord;
import io.mdt.audit.rest.AuditLines;
import io.mdt.platform.rest.InvalidParameterException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The audit page, for administrators: the entries under the filters in its address, newest
 * first, each with its before and after; and the same entries as a JSON-lines download. A
 * filter the boundary refuses becomes a message.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    AuditLog log;

    private String actor;
    private String action;
    private String targetType;
    private String targetId;
    private String from;
    private String to;
    private LazyDataModel<AuditRecord> table;

    /** Once per view: the table under the address's filters. */
    public void load() {
        if (table != null) {
            return;
        }
        try {
            log.list(filter().query(0, 1));
        } catch (ModelValidationException invalid) {
            refused(invalid.violations());
        } catch (InvalidParameterException invalid) {
            refused(invalid.violations());
        }
        table = new AuditTable(log, filter());
    }

    /** Applies the filters by opening the page at their address, so that it can be bookmarked. */
    public String search() {
        return "/audit?faces-redirect=true&includeViewParams=true";
    }

    /** Sends the entries under the filters as JSON lines, oldest first, as the API's export does. */
    public void export() throws IOException {
        AuditLines lines;
        try {
            lines = new AuditLines(log, filter().query(0, 1));
        } catch (ModelValidationException invalid) {
            refused(invalid.violations());
            return;
        } catch (InvalidParameterException invalid) {
            refused(invalid.violations());
            return;
        }
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(AuditLines.MEDIA_TYPE);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"mdt-audit.jsonl\"");
        lines.writeTo(external.getResponseOutputStream());
        faces.responseComplete();
    }

    private AuditFilter filter() {
        return new AuditFilter(actor, action, targetType, targetId, from, to);
    }

    private void refused(List<Violation> violations) {
        violations.forEach(v -> FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.field() + " " + v.message(), null)));
    }

    public LazyDataModel<AuditRecord> getTable() {
        return table;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
