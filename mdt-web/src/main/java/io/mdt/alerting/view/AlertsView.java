package io.mdt.alerting.view;

import io.mdt.alerting.boundary.AlertStateException;
import io.mdt.alerting.boundary.AlertSummary;
import io.mdt.alerting.boundary.AlertingNotFoundException;
import io.mdt.alerting.boundary.Alerts;
import io.mdt.alerting.boundary.Silences;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.security.entity.Role;
import io.mdt.security.web.CurrentCaller;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.primefaces.model.LazyDataModel;

/**
 * The Alerts page: the alerts under the filters in its address, page by page, refreshed by the
 * page's poll; acknowledging, un-acknowledging, resolving and silencing one through a dialog;
 * and one alert's history. A row's buttons name their alert in the request ({@code alert}), as
 * it was drawn, so a refresh that moves the rows cannot make them act on another. What the
 * boundaries refuse becomes a message.
 */
@Named
@ViewScoped
public class AlertsView implements Serializable {

    @Inject
    Alerts alerts;

    @Inject
    Silences silences;

    @Inject
    CurrentCaller caller;

    private String state = AlertFilter.OPEN;
    private String severity;
    private String model;
    private String subject;
    private LazyDataModel<AlertSummary> table;
    private final AlertForm form = new AlertForm();
    private AlertDetail detail;

    /** Once per view: the table under the address's filters; a filter the boundary refuses becomes a message. */
    public void load() {
        if (table != null) {
            return;
        }
        var filter = new AlertFilter(state, severity, model, subject);
        try {
            alerts.list(filter.query(0, 1));
        } catch (ModelValidationException invalid) {
            PageMessages.refused(invalid);
        } catch (ModelNotFoundException unknown) {
            PageMessages.warn(unknown.getMessage());
        }
        table = new AlertTable(alerts, filter);
    }

    /** Applies the filters by opening the page at their address: it can be bookmarked, and starts at page one. */
    public String search() {
        return "/alerts?faces-redirect=true&includeViewParams=true";
    }

    /** Opens the action dialog on the alert the request names, as it is now. */
    public void prepare(AlertForm.Action action) {
        try {
            form.open(action, alerts.get(requestedAlert()));
        } catch (AlertingNotFoundException gone) {
            PageMessages.refused(gone);
        }
    }

    /** Carries out the dialog's action; a refusal keeps the dialog open with the reasons. */
    public void apply() {
        if (!caller.has(Role.Names.ENGINEER)) {
            PageMessages.warn("Acting on alerts needs the role " + Role.Names.ENGINEER + ".");
            return;
        }
        try {
            PageMessages.info(carryOut());
        } catch (ModelValidationException invalid) {
            PageMessages.refused(invalid);
        } catch (AlertStateException | AlertingNotFoundException refused) {
            PageMessages.refused(refused);
        }
    }

    /** Reads the history of the alert the request names, for its dialog. */
    public void showHistory() {
        try {
            long id = requestedAlert();
            detail = new AlertDetail(alerts.get(id), alerts.history(id));
        } catch (AlertingNotFoundException gone) {
            PageMessages.refused(gone);
        }
    }

    private String carryOut() {
        long id = form.getAlertId();
        return switch (form.getAction()) {
            case ACKNOWLEDGE ->
                "Acknowledged: "
                        + alerts.acknowledge(id, form.alertAction(caller.name()))
                                .summary();
            case UNACKNOWLEDGE ->
                "Firing again: "
                        + alerts.unacknowledge(id, form.alertAction(caller.name()))
                                .summary();
            case RESOLVE ->
                "Resolved: "
                        + alerts.resolve(id, form.alertAction(caller.name())).summary();
            case SILENCE -> silence();
        };
    }

    private String silence() {
        var created = silences.create(form.silence(Instant.now(), caller.name()));
        return "Silence " + created.id() + " mutes " + created.matchers() + " until " + created.endsAt();
    }

    private static long requestedAlert() {
        var id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("alert");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new AlertingNotFoundException("alert", -1);
        }
    }

    public LazyDataModel<AlertSummary> getTable() {
        return table;
    }

    public AlertForm getForm() {
        return form;
    }

    public AlertDetail getDetail() {
        return detail;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
