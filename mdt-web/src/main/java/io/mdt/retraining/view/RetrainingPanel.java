package io.mdt.retraining.view;

import io.mdt.monitoring.boundary.MetricComparison;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionSummary;
import io.mdt.registry.entity.Stage;
import io.mdt.retraining.boundary.RetrainingConflictException;
import io.mdt.retraining.boundary.RetrainingDraft;
import io.mdt.retraining.boundary.RetrainingSummary;
import io.mdt.retraining.boundary.Retrainings;
import io.mdt.retraining.entity.RetrainingOrigin;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Retraining section of the model page: the model's retrainings with their state and step
 * (refreshed while one runs), a form to ask for one, as {@code POST .../retrainings} does, and the
 * promotion of a succeeded challenger to production, the decision retraining leaves to people.
 */
@Named
@ViewScoped
public class RetrainingPanel implements Serializable {

    @Inject
    Retrainings retrainings;

    @Inject
    ModelVersions versions;

    private String model;
    private String base;
    private int days = 30;
    private double holdoutShare = 0.2;
    private List<RetrainingSummary> loaded;
    private Map<String, Stage> stages;
    private List<String> labels;

    /** Queues a retraining of the chosen version on its last {@code days} days. */
    public void retrain() {
        try {
            var queued = retrainings.request(
                    model,
                    new RetrainingDraft(
                            base == null || base.isBlank() ? null : base,
                            null,
                            null,
                            null,
                            "P" + days + "D",
                            holdoutShare),
                    RetrainingOrigin.DASHBOARD);
            refresh();
            PageMessages.info("Retraining " + queued.id() + " of version " + queued.baseVersion()
                    + " is queued; its challenger will be " + queued.challenger() + ".");
        } catch (ModelValidationException invalid) {
            PageMessages.refused(invalid);
        } catch (RetrainingConflictException busy) {
            PageMessages.refused(busy);
        }
    }

    /** Moves the challenger to PRODUCTION, as a person's audited change of its stage. */
    public void promote(String challenger) {
        versions.changeStage(model, challenger, Stage.PRODUCTION.name());
        refresh();
        PageMessages.info("Version " + challenger + " is in production.");
    }

    /** Reads the retrainings and stages again: on each poll, and after a change. */
    public void refresh() {
        loaded = null;
        stages = null;
    }

    public List<RetrainingSummary> getRetrainings() {
        if (loaded == null) {
            loaded = model == null ? List.of() : retrainings.list(model);
        }
        return loaded;
    }

    /** Whether one is queued or running, so that the section refreshes itself. */
    public boolean isRunning() {
        return getRetrainings().stream().anyMatch(r -> !r.state().finished());
    }

    /** The stage of each version, by label, for the promotion buttons. */
    public Map<String, Stage> getStages() {
        if (stages == null) {
            stages = model == null
                    ? Map.of()
                    : versions.list(model).stream()
                            .collect(Collectors.toMap(VersionSummary::label, VersionSummary::stage, (a, b) -> a));
        }
        return stages;
    }

    /** The model's versions, read once per view: a retraining adds one, and the page shows it on reload. */
    public List<String> getVersions() {
        if (labels == null) {
            labels = model == null ? List.of() : versions.labels(model);
        }
        return labels;
    }

    /** The comparison's first metric, champion then challenger: "accuracy 0.612 → 0.948". */
    public String headline(RetrainingSummary retraining) {
        if (retraining.comparison() == null || retraining.comparison().isEmpty()) {
            return "";
        }
        MetricComparison first = retraining.comparison().get(0);
        Function<Double, String> number = v -> v == null ? "—" : String.format(Locale.ROOT, "%.3f", v);
        return first.metric() + " " + number.apply(first.first()) + " → " + number.apply(first.second())
                + (first.significant() ? " (significant)" : "");
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getBase() {
        return base;
    }

    public void setBase(String base) {
        this.base = base;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public double getHoldoutShare() {
        return holdoutShare;
    }

    public void setHoldoutShare(double holdoutShare) {
        this.holdoutShare = holdoutShare;
    }
}
