package io.mdt.serving.control;

/** The artifact directory cannot be written or read: a fault of the server's storage, not of the request. */
public class ArtifactStorageException extends RuntimeException {

    public ArtifactStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public ArtifactStorageException(String message) {
        super(message);
    }
}
