package io.mdt.serving.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The model of one version, as uploaded: the SHA-256 of the artifact's bytes, which tells a
 * changed artifact from the same one uploaded again, their size, and the features the model
 * reads and the outputs it gives, read from the artifact when it was checked. The bytes are kept
 * apart ({@link ArtifactContent}), read only to load the model.
 */
@Entity
@Table(name = "version_artifact")
@NamedQuery(name = VersionArtifact.OF_VERSION, query = "SELECT a FROM VersionArtifact a WHERE a.versionId = :version")
@NamedQuery(
        name = VersionArtifact.HOLDING,
        query = "SELECT COUNT(a) FROM VersionArtifact a WHERE a.sha256 = :sha256 AND a.storage = :storage")
public class VersionArtifact {

    public static final String OF_VERSION = "VersionArtifact.ofVersion";

    /** How many artifacts keep these bytes there, so that a shared file outlives one removal. */
    public static final String HOLDING = "VersionArtifact.holding";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id")
    private Long versionId;

    @Enumerated(EnumType.STRING)
    private ArtifactFormat format;

    @Enumerated(EnumType.STRING)
    private ArtifactStorage storage = ArtifactStorage.DATABASE;

    private String sha256;

    @Column(name = "size_bytes")
    private long size;

    private String features;

    private String outputs;

    private Instant uploaded;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected VersionArtifact() {}

    public VersionArtifact(long versionId) {
        this.versionId = versionId;
    }

    /**
     * Takes an upload in place of the one held: its format, checksum and size, what it reads and
     * gives, who sent it when.
     */
    public void uploaded(
            ArtifactFormat format,
            String sha256,
            long size,
            List<String> features,
            List<String> outputs,
            String by,
            Instant at) {
        this.format = format;
        this.sha256 = sha256;
        this.size = size;
        this.features = String.join("\n", features);
        this.outputs = String.join("\n", outputs);
        this.uploadedBy = by;
        this.uploaded = at;
    }

    public List<String> featureList() {
        return lines(features);
    }

    public List<String> outputList() {
        return lines(outputs);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public Long getVersionId() {
        return versionId;
    }

    public ArtifactFormat getFormat() {
        return format;
    }

    public ArtifactStorage getStorage() {
        return storage;
    }

    public void storedIn(ArtifactStorage storage) {
        this.storage = storage;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public Instant getUploaded() {
        return uploaded;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
