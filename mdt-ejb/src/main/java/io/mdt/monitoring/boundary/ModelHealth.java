package io.mdt.monitoring.boundary;

/**
 * A model's state, from the latest finished run of each of its monitors: DRIFTING when one
 * found dataset drift, WARNING when one found drift in some column, the prediction or the
 * target without dataset drift, HEALTHY when none did, NO_DATA when nothing was evaluated.
 */
public enum ModelHealth {
    HEALTHY,
    WARNING,
    DRIFTING,
    NO_DATA
}
