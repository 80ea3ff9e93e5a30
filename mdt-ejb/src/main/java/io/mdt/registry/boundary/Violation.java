package io.mdt.registry.boundary;

import java.io.Serializable;

/** One broken rule of a request: which field, and what is wrong with it. */
public record Violation(String field, String message) implements Serializable {}
