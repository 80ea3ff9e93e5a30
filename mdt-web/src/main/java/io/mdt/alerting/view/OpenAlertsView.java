package io.mdt.alerting.view;

import io.mdt.alerting.boundary.Alerts;
import io.mdt.alerting.boundary.OpenAlertCounts;
import io.mdt.registry.boundary.ModelNotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The open alerts by severity on the start page (of every model) and on a model's page, kept
 * apart from those pages' views so that the poll that refreshes the counts every few seconds
 * reads the counts and nothing else. The counts are read when the page opens and at each poll.
 */
@Named
@ViewScoped
public class OpenAlertsView implements Serializable {

    @Inject
    Alerts alerts;

    private boolean chosen;
    private String model;
    private OpenAlertCounts counts;

    /** The counts of every model, for the start page. */
    public void all() {
        chosen = true;
        model = null;
        refresh();
    }

    /** The counts of one model; an unknown or missing one shows none (its page says why). */
    public void of(String model) {
        if (model == null || model.isBlank()) {
            return;
        }
        chosen = true;
        this.model = model;
        refresh();
    }

    /** Reads the counts again, for the page's poll. */
    public void refresh() {
        if (!chosen) {
            return;
        }
        try {
            counts = alerts.openCounts(model);
        } catch (ModelNotFoundException unknown) {
            counts = null;
        }
    }

    public String getModel() {
        return model;
    }

    public OpenAlertCounts getCounts() {
        return counts;
    }
}
