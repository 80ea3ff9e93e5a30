package io.mdt.registry.control;

import io.mdt.registry.boundary.ModelSummary;
import java.time.Instant;

/** The JSON body of a {@code model-events} message; its layout is documented in docs/messaging.md. */
public record ModelEvent(String type, Instant time, ModelSummary model) {}
