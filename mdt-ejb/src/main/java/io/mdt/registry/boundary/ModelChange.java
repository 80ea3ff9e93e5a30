package io.mdt.registry.boundary;

import java.time.Instant;

/**
 * A model was created, updated or deleted. Fired inside the transaction that made the change;
 * observers publish it to the {@code model-events} topic in that transaction and evict caches
 * after it commits.
 */
public record ModelChange(Kind kind, ModelSummary model, Instant time) {

    public enum Kind {
        CREATED,
        UPDATED,
        DELETED
    }

    /** The event type as published: {@code model.created}, {@code model.updated}, {@code model.deleted}. */
    public String type() {
        return "model." + kind.name().toLowerCase();
    }
}
