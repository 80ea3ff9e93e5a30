package io.mdt.registry.view;

import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.DuplicateModelNameException;
import io.mdt.registry.boundary.ModelDraft;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.MonitoredModels;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.entity.TaskType;
import io.mdt.security.web.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Registering a model from the models page, as {@code POST /api/v1/models} does: the registry
 * judges the form, each rule broken is said beside its field, and what was typed stays. A
 * registered model opens on its page.
 */
@Named
@ViewScoped
public class ModelRegistration implements Serializable {

    /** The form's fields, named as the registry names them in its violations. */
    static final Set<String> FIELDS = Set.of("name", "taskType", "description", "owner", "team");

    private static final String FORM = "registerForm";

    @Inject
    MonitoredModels models;

    @Inject
    CurrentCaller caller;

    private String name;
    private String taskType = TaskType.REGRESSION.name();
    private String description;
    private String owner;
    private String team;

    /** Registers the model and opens its page; on a refusal, stays with a message per field. */
    public String register() {
        try {
            var registered = models.create(
                    new ModelDraft(name, taskType, blankAsNull(description), blankAsNull(owner), blankAsNull(team)));
            return "/model?faces-redirect=true&name=" + URLEncoder.encode(registered.name(), StandardCharsets.UTF_8);
        } catch (ModelValidationException invalid) {
            invalid.violations().forEach(v -> PageMessages.refusedBeside(clientIdOf(v), v.field() + " " + v.message()));
        } catch (DuplicateModelNameException taken) {
            PageMessages.refusedBeside(FORM + ":name", taken.getMessage());
        }
        return null;
    }

    /** Where a violation is said: beside its field, or above the form for a rule of no field. */
    static String clientIdOf(Violation violation) {
        return FIELDS.contains(violation.field()) ? FORM + ":" + violation.field() : FORM;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The task types to choose from. */
    public List<TaskType> getTaskTypes() {
        return Arrays.asList(TaskType.values());
    }

    /** The caller's teams, sorted, for the team list; an administrator may type any team. */
    public List<String> getTeams() {
        return caller.get().map(c -> List.copyOf(new TreeSet<>(c.teams()))).orElse(List.of());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTaskType() {
        return taskType;
    }

    public void setTaskType(String taskType) {
        this.taskType = taskType;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
