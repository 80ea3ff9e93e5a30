package io.mdt.registry.control;

import io.mdt.registry.boundary.ModelPage;
import java.io.Serializable;

/** A cached model-list page with the generation of the registry it was read in. */
record StampedPage(long generation, ModelPage page) implements Serializable {}
