package io.mdt.serving.entity;

/** Where an artifact's bytes are kept. */
public enum ArtifactStorage {
    /** In {@code version_artifact_content}, in the transaction that describes them. */
    DATABASE,
    /** In the configured artifact directory, in a file named by their SHA-256. */
    DIRECTORY
}
