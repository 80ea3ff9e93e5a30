package io.mdt.registry.entity;

/** What a sync with the MLflow registry did with a version's stage ({@link ModelVersion#reconcile}). */
public enum StageReconciliation {
    /** MDT and the registry had the same stage. */
    AGREED,
    /** The registry's stage changed and the version took it. */
    FOLLOWED_REGISTRY,
    /** The version's stage changed in MDT: the registry version is to be moved to it. */
    WRITE_TO_REGISTRY
}
