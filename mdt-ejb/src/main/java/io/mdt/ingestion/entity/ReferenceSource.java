package io.mdt.ingestion.entity;

/** Where a reference dataset's rows came from. */
public enum ReferenceSource {
    CSV,
    JSON,
    PREDICTIONS
}
