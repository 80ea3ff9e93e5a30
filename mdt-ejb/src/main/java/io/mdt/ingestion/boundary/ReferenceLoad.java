package io.mdt.ingestion.boundary;

import java.util.List;

/** The outcome of loading a reference dataset: what was stored, and the first rejected rows. */
public record ReferenceLoad(ReferenceSummary dataset, List<RejectedRecord> firstRejected) {}
