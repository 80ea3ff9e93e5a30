package io.mdt.ingestion.view;

import io.mdt.ingestion.boundary.BatchTooLargeException;
import io.mdt.ingestion.boundary.EmptyReferenceException;
import io.mdt.ingestion.boundary.MalformedBatchException;
import io.mdt.ingestion.boundary.ReferenceDatasets;
import io.mdt.ingestion.boundary.ReferenceLoad;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.registry.boundary.ModelVersions;
import io.mdt.registry.boundary.VersionNotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Uploading a version's reference data as CSV from the model page, as {@code POST
 * .../references} does: the rows that could not be stored are listed with their reasons, and
 * the dataset becomes the version's newest reference.
 */
@Named
@ViewScoped
public class ReferenceUpload implements Serializable {

    static final String FORM = "referenceForm";

    @Inject
    ReferenceDatasets references;

    @Inject
    ModelVersions versions;

    private String model;
    private String version;
    private List<String> labels;
    private ReferenceLoad loaded;

    /** Stores the uploaded file as the chosen version's reference. */
    public void upload(FileUploadEvent event) {
        loaded = null;
        if (version == null || version.isBlank()) {
            PageMessages.refusedBeside(FORM + ":version", "Choose the version the data is a reference of.");
            return;
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var csv = new InputStreamReader(event.getFile().getInputStream(), decoder)) {
            loaded = references.uploadCsv(model, version, csv);
            PageMessages.info("Stored " + loaded.dataset().rows() + " rows of "
                    + event.getFile().getFileName() + " as the reference of version " + version + ".");
        } catch (ModelValidationException invalid) {
            invalid.violations()
                    .forEach(v -> PageMessages.refusedBeside(FORM + ":file", v.field() + " " + v.message()));
        } catch (MalformedBatchException
                | EmptyReferenceException
                | BatchTooLargeException
                | VersionNotFoundException refused) {
            PageMessages.refusedBeside(FORM + ":file", refused.getMessage());
        } catch (IOException | UncheckedIOException unreadable) {
            PageMessages.refusedBeside(FORM + ":file", "The file is not UTF-8 text: " + unreadable.getMessage());
        }
    }

    /** The model's versions, newest last, read once per view. */
    public List<String> getVersions() {
        if (labels == null) {
            labels = versions.labels(model);
            if (version == null && !labels.isEmpty()) {
                version = labels.get(labels.size() - 1);
            }
        }
        return labels;
    }

    public ReferenceLoad getLoaded() {
        return loaded;
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
}
