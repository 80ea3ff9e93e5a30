package io.mdt.alerting.view;

import io.mdt.alerting.boundary.AlertRules;
import io.mdt.alerting.boundary.AlertingNotFoundException;
import io.mdt.alerting.boundary.DuplicateNameException;
import io.mdt.alerting.boundary.RuleDraft;
import io.mdt.alerting.boundary.RuleSummary;
import io.mdt.alerting.entity.RuleKind;
import io.mdt.alerting.entity.Severity;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ModelNotFoundException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.security.entity.Role;
import io.mdt.security.web.CurrentCaller;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * A model's alert rules on its page, as {@code /alert-rules?model=} lists them: the model's own
 * rules and the global ones that apply to it. Engineers add a rule of the model, switch one on
 * or off and remove it; global rules are an administrator's, through the API. Each rule a
 * new rule breaks is said beside its field.
 */
@Named
@ViewScoped
public class RuleSetup implements Serializable {

    static final String FORM = "ruleSetupForm";
    private static final Set<String> FIELDS =
            Set.of("name", "kind", "column", "metric", "operator", "threshold", "period", "severity", "forWindows");

    @Inject
    AlertRules rules;

    @Inject
    CurrentCaller caller;

    private String model;
    private List<RuleSummary> listed;
    private boolean known;
    private String name;
    private String kind = RuleKind.COLUMN_DRIFT.label();
    private String column;
    private String metric;
    private String operator;
    private Double threshold;
    private String period;
    private String severity = Severity.WARNING.label();
    private Integer forWindows = 1;
    private boolean retrain;

    /** The model's rules, then the global ones, read once per view and again after each change. */
    public List<RuleSummary> getRules() {
        if (listed == null) {
            try {
                listed = model == null ? List.of() : rules.list(model);
                known = model != null;
            } catch (ModelNotFoundException unknown) {
                listed = List.of();
            }
        }
        return listed;
    }

    /** Whether the page's model is one the user sees, so that its rules have a place on the page. */
    public boolean isKnown() {
        getRules();
        return known;
    }

    /** Adds the rule to the model; a refusal keeps the dialog open with what was typed. */
    public void create() {
        if (!engineer()) {
            return;
        }
        try {
            rules.create(new RuleDraft(
                    name,
                    model,
                    null,
                    kind,
                    blankless(column),
                    blankless(metric),
                    blankless(operator),
                    threshold,
                    null,
                    blankless(period),
                    severity,
                    forWindows,
                    null,
                    null,
                    null,
                    true,
                    retrain));
            PageMessages.info("The rule " + name.strip() + " watches the model from its next run.");
            listed = null;
            name = null;
            threshold = null;
            PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
        } catch (ModelValidationException invalid) {
            invalid.violations().forEach(v -> PageMessages.refusedBeside(clientIdOf(v.field()), v.message()));
        } catch (DuplicateNameException taken) {
            PageMessages.refusedBeside(FORM + ":name", taken.getMessage());
        } catch (ModelNotFoundException gone) {
            PageMessages.refusedBeside(FORM, gone.getMessage());
        }
    }

    /** Switches one of the model's rules on or off, keeping its settings. */
    public void toggle(RuleSummary rule) {
        if (!engineer() || rule.model() == null) {
            return;
        }
        try {
            rules.enable(rule.id(), !rule.enabled());
            PageMessages.info("The rule " + rule.name() + " is " + (rule.enabled() ? "off." : "on."));
        } catch (AlertingNotFoundException gone) {
            PageMessages.refused(gone);
        }
        listed = null;
    }

    /** Removes one of the model's rules, with its alerts. */
    public void delete(RuleSummary rule) {
        if (!engineer() || rule.model() == null) {
            return;
        }
        try {
            rules.delete(rule.id());
            PageMessages.info("The rule " + rule.name() + " and its alerts are removed.");
        } catch (AlertingNotFoundException gone) {
            PageMessages.refused(gone);
        }
        listed = null;
    }

    private boolean engineer() {
        if (caller.has(Role.Names.ENGINEER)) {
            return true;
        }
        PageMessages.refusedBeside(null, "Changing alert rules needs the role " + Role.Names.ENGINEER + ".");
        return false;
    }

    private static String clientIdOf(String field) {
        return FIELDS.contains(field) ? FORM + ":" + field : FORM;
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Each kind, with the operator it compares with when the rule names none. */
    public List<SelectItem> getKinds() {
        return Arrays.stream(RuleKind.values())
                .map(k -> new SelectItem(
                        k.label(), k.compares() ? k.label() + " (" + k.defaultOperator() + " threshold)" : k.label()))
                .toList();
    }

    public List<SelectItem> getSeverities() {
        return Arrays.stream(Severity.values())
                .map(s -> new SelectItem(s.label(), s.label()))
                .toList();
    }

    /** What a rule watches, in words: its column or metric, or the whole model. */
    public String subjectOf(RuleSummary rule) {
        if (rule.column() != null) {
            return "column " + rule.column();
        }
        if (rule.metric() != null) {
            return "metric " + rule.metric();
        }
        return switch (RuleKind.valueOf(rule.kind().toUpperCase(Locale.ROOT)).subject()) {
            case COLUMN -> "each column";
            case METRIC -> "each metric";
            case MONITOR -> "each monitor";
            case MODEL -> "the model";
        };
    }

    /** When a rule fires, in words: the kind's condition, with its comparison where it has one. */
    public String conditionOf(RuleSummary rule) {
        var condition = rule.operator() == null
                ? rule.kind().replace('_', ' ')
                : rule.kind().replace('_', ' ') + " " + rule.operator() + " " + rule.threshold();
        if (rule.period() != null) {
            condition += " for " + rule.period();
        }
        return rule.forWindows() > 1 ? condition + ", " + rule.forWindows() + " windows in a row" : condition;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getColumn() {
        return column;
    }

    public void setColumn(String column) {
        this.column = column;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public Double getThreshold() {
        return threshold;
    }

    public void setThreshold(Double threshold) {
        this.threshold = threshold;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public boolean isRetrain() {
        return retrain;
    }

    public void setRetrain(boolean retrain) {
        this.retrain = retrain;
    }

    public Integer getForWindows() {
        return forWindows;
    }

    public void setForWindows(Integer forWindows) {
        this.forWindows = forWindows;
    }
}
