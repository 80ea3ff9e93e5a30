package io.mdt.serving.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a version's artifact, apart from what describes them, as the audit records those. */
@Entity
@Table(name = "version_artifact_content")
public class ArtifactContent {

    @Id
    @Column(name = "artifact_id")
    private Long artifactId;

    private byte[] content;

    protected ArtifactContent() {}

    public ArtifactContent(long artifactId, byte[] content) {
        this.artifactId = artifactId;
        this.content = content;
    }

    public void replace(byte[] content) {
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
