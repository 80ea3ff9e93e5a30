package io.mdt.registry.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of the model list, with the total so clients can page through it. */
public record ModelPage(List<ModelSummary> items, long total, int page, int size) implements Serializable {}
