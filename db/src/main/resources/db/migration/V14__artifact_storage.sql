-- Artifacts may be ONNX graphs as well as Tribuo models, and their bytes may be kept in a
-- directory (one file per SHA-256, shared by the instances of a cluster) instead of the
-- database: where they are is recorded with the artifact.
ALTER TABLE version_artifact DROP CONSTRAINT version_artifact_format_check;
ALTER TABLE version_artifact ADD CONSTRAINT version_artifact_format_check CHECK (format IN ('TRIBUO', 'ONNX'));
ALTER TABLE version_artifact ADD COLUMN storage VARCHAR(20) NOT NULL DEFAULT 'DATABASE'
    CONSTRAINT version_artifact_storage_check CHECK (storage IN ('DATABASE', 'DIRECTORY'));
CREATE INDEX version_artifact_sha256 ON version_artifact (sha256);
