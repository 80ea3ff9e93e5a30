package io.mdt.registry.view;

import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.DuplicateVersionException;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.SchemaProposal;
import io.mdt.registry.boundary.VersionDraft;
import io.mdt.registry.boundary.Violation;
import io.mdt.registry.entity.ColumnRole;
import io.mdt.registry.entity.ValueType;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.primefaces.event.FileUploadEvent;

/**
 * Adding a version from the model page without writing its schema: a sample of the version's
 * data as CSV proposes the columns, their roles and types, the person corrects what the
 * proposal got wrong, and the registry judges the result as {@code POST .../versions} does, each
 * rule broken said beside its field or its column's row.
 */
@Named
@ViewScoped
public class VersionSetup implements Serializable {

    static final String FORM = "versionForm";

    private static final Set<String> FIELDS = Set.of("label", "stage", "sample");
    private static final Pattern COLUMN_FIELD = Pattern.compile("columns\\[(\\d+)]\\.(role|type)");

    @Inject
    ModelVersions versions;

    private String model;
    private String label;
    private String stage = "STAGING";
    private String sample;
    private List<ProposedColumn> columns = List.of();

    /** Proposes the columns of the uploaded sample, replacing any earlier proposal. */
    public void propose(FileUploadEvent event) {
        var file = event.getFile();
        try (var csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            var task = versions.summary(model).taskType();
            columns = SchemaProposal.of(csv, task).stream()
                    .map(ProposedColumn::new)
                    .toList();
            sample = file.getFileName();
        } catch (ModelValidationException unreadable) {
            columns = List.of();
            unreadable
                    .violations()
                    .forEach(v -> PageMessages.refusedBeside(FORM + ":sample", "The sample " + v.message()));
        } catch (IOException unreadable) {
            PageMessages.refusedBeside(FORM + ":sample", "The sample could not be read: " + unreadable.getMessage());
        }
    }

    /** Saves the version and opens the model page again; on a refusal, stays with a message per field. */
    public String save() {
        if (columns.isEmpty()) {
            PageMessages.refusedBeside(FORM + ":sample", "Upload a sample of the version's data first.");
            return null;
        }
        try {
            versions.create(
                    model,
                    new VersionDraft(
                            label,
                            stage,
                            null,
                            null,
                            columns.stream().map(ProposedColumn::draft).toList()));
            return "/model?faces-redirect=true&name=" + URLEncoder.encode(model, StandardCharsets.UTF_8);
        } catch (ModelValidationException invalid) {
            invalid.violations().forEach(v -> PageMessages.refusedBeside(clientIdOf(v), v.field() + " " + v.message()));
        } catch (DuplicateVersionException taken) {
            PageMessages.refusedBeside(FORM + ":label", taken.getMessage());
        }
        return null;
    }

    /** Beside its field, in its column's row, or above the form for a rule of the whole schema. */
    static String clientIdOf(Violation violation) {
        var column = COLUMN_FIELD.matcher(violation.field());
        if (column.matches()) {
            return FORM + ":columns:" + column.group(1) + ":" + column.group(2);
        }
        return FIELDS.contains(violation.field()) ? FORM + ":" + violation.field() : FORM;
    }

    public List<ColumnRole> getRoles() {
        return Arrays.asList(ColumnRole.values());
    }

    public List<ValueType> getTypes() {
        return Arrays.asList(ValueType.values());
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getSample() {
        return sample;
    }

    public List<ProposedColumn> getColumns() {
        return columns;
    }
}
