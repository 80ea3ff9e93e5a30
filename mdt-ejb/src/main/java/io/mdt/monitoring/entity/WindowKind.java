package io.mdt.monitoring.entity;

/** How predictions are cut into windows: tumbling periods of time, or runs of a fixed count. */
public enum WindowKind {
    TIME,
    COUNT
}
