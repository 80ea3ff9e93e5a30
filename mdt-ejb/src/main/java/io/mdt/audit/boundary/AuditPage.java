package io.mdt.audit.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of entries, newest first, and how many match in all. */
public record AuditPage(List<AuditRecord> items, long total, int page, int size) implements Serializable {}
