package io.mdt.monitoring.view;

import io.mdt.engine.drift.DriftMethod;
import io.mdt.monitoring.boundary.MonitorDraft;
import io.mdt.monitoring.boundary.MonitorNotFoundException;
import io.mdt.monitoring.boundary.MonitorSummary;
import io.mdt.monitoring.boundary.Monitors;
import io.mdt.platform.view.NumberText;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ColumnSummary;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionNotFoundException;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.entity.ColumnRole;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Creating a monitor from the model page, as {@code POST .../monitors} does, or changing one
 * from its own page, as {@code PUT /monitors/{id}} does: schedule (a duration or a cron
 * expression), window, minimum rows, dataset rule, and a test and threshold for numerical
 * columns, for categorical ones and for any single column, each blank meaning the default the
 * form shows. A change keeps what the form does not show (performance, learned thresholds,
 * grace, reference) as it was, and the window, by which runs are numbered. Each rule broken is
 * said beside its field.
 */
@Named
@ViewScoped
public class MonitorSetup implements Serializable {

    static final String FORM = "monitorSetupForm";

    private static final Set<ColumnRole> TESTED =
            EnumSet.of(ColumnRole.FEATURE, ColumnRole.PREDICTION, ColumnRole.PREDICTION_SCORE, ColumnRole.TARGET);
    private static final Set<String> FIELDS = Set.of("name", "interval", "window", "minRows", "datasetRule");

    @Inject
    Monitors monitors;

    @Inject
    ModelVersions versions;

    private String model;
    private String version;
    private List<String> labels;
    private String name;
    private String interval = "PT1H";
    private String window = "PT1H";
    private Integer minRows = 100;
    private String datasetRule = "share:0.5";
    private List<DriftTestChoice> tests = List.of();
    private Long editing;
    private MonitorDraft kept = EMPTY;

    private static final MonitorDraft EMPTY =
            new MonitorDraft(null, null, null, null, null, null, Map.of(), Map.of(), null, null, null, null, null);

    /** Opens the form on a monitor as it is now, to change it. */
    public void edit(MonitorSummary monitor) {
        editing = monitor.id();
        kept = monitor.draft();
        model = monitor.model();
        version = monitor.version();
        labels = List.of(version);
        name = kept.name();
        interval = kept.cron() != null ? kept.cron() : kept.interval();
        window = kept.window();
        minRows = kept.minRows();
        datasetRule = kept.datasetRule();
        chooseVersion();
        for (var test : tests) {
            test.setMethod(kept.methods().get(test.getKey()));
            test.setThreshold(kept.thresholds().get(test.getKey()));
        }
    }

    /**
     * Creates the monitor, or saves the change, and opens its page; on a refusal, stays with a
     * message per field.
     */
    public String save() {
        var methods = new LinkedHashMap<>(kept.methods());
        var thresholds = new LinkedHashMap<>(kept.thresholds());
        for (var test : tests) {
            methods.remove(test.getKey());
            thresholds.remove(test.getKey());
            if (test.chosenMethod()) {
                methods.put(test.getKey(), test.getMethod());
            }
            if (test.getThreshold() != null) {
                thresholds.put(test.getKey(), test.getThreshold());
            }
        }
        var schedule = interval == null ? null : interval.strip();
        boolean duration = schedule == null || schedule.toUpperCase(Locale.ROOT).startsWith("P");
        var draft = new MonitorDraft(
                name,
                duration ? null : schedule,
                duration ? schedule : null,
                window,
                kept.windowRows(),
                kept.referenceId(),
                methods,
                thresholds,
                datasetRule,
                minRows,
                kept.grace(),
                kept.performance(),
                kept.driftThresholds());
        try {
            var saved = editing == null ? monitors.create(model, version, draft) : monitors.update(editing, draft);
            return "/monitor?faces-redirect=true&id=" + saved.id();
        } catch (MonitorNotFoundException gone) {
            PageMessages.refusedBeside(FORM, gone.getMessage());
        } catch (ModelValidationException invalid) {
            invalid.violations().forEach(v -> PageMessages.refusedBeside(clientIdOf(v), v.field() + " " + v.message()));
        } catch (VersionNotFoundException unknown) {
            PageMessages.refusedBeside(FORM + ":version", unknown.getMessage());
        }
        return null;
    }

    /** Beside its field; a test's or threshold's beside the table of tests; above the form otherwise. */
    static String clientIdOf(Violation violation) {
        var field = violation.field();
        if (field.equals("schedule") || field.equals("cron")) {
            return FORM + ":interval";
        }
        if (field.equals("windowRows")) {
            return FORM + ":window";
        }
        if (field.startsWith("methods") || field.startsWith("thresholds")) {
            return FORM + ":tests";
        }
        return FIELDS.contains(field) ? FORM + ":" + field : FORM;
    }

    /** Offers the tests of the chosen version's columns: numerical and categorical defaults first. */
    public void chooseVersion() {
        var rows = new ArrayList<DriftTestChoice>();
        rows.add(new DriftTestChoice("@numerical", "every numerical column"));
        rows.add(new DriftTestChoice("@categorical", "every categorical column"));
        if (version != null) {
            versions.get(model, version).columns().stream()
                    .filter(column -> TESTED.contains(column.role()))
                    .map(MonitorSetup::choiceOf)
                    .forEach(rows::add);
        }
        tests = List.copyOf(rows);
    }

    private static DriftTestChoice choiceOf(ColumnSummary column) {
        return new DriftTestChoice(
                column.name(), column.name() + " (" + column.role().name().toLowerCase(Locale.ROOT) + ")");
    }

    /** The tests to choose from, each with the threshold it takes when none is given. */
    public List<SelectItem> getMethods() {
        var items = new ArrayList<SelectItem>();
        items.add(new SelectItem("", "default (auto: chosen per column by its size and kind)"));
        Arrays.stream(DriftMethod.values())
                .map(m -> new SelectItem(
                        m.evidentlyName(),
                        m.evidentlyName() + " (threshold " + NumberText.of(m.defaultThreshold()) + ")"))
                .forEach(items::add);
        return items;
    }

    /** The model's versions, newest first; the newest is chosen when the form opens. */
    public List<String> getVersions() {
        if (labels == null) {
            var all = new ArrayList<>(versions.labels(model));
            Collections.reverse(all);
            labels = List.copyOf(all);
            if (version == null && !labels.isEmpty()) {
                version = labels.get(0);
                chooseVersion();
            }
        }
        return labels;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public List<DriftTestChoice> getTests() {
        return tests;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getInterval() {
        return interval;
    }

    public void setInterval(String interval) {
        this.interval = interval;
    }

    public String getWindow() {
        return window;
    }

    public void setWindow(String window) {
        this.window = window;
    }

    public Integer getMinRows() {
        return minRows;
    }

    public void setMinRows(Integer minRows) {
        this.minRows = minRows;
    }

    public String getDatasetRule() {
        return datasetRule;
    }

    public void setDatasetRule(String datasetRule) {
        this.datasetRule = datasetRule;
    }
}
