package io.mdt.monitoring.boundary;

/**
 * A model's state, from the latest finished run of each of its monitors, in this precedence:
 * DEGRADED when one found a performance metric, realized or estimated, outside its bounds on
 * the side where the model got worse; DRIFTING when one found dataset drift; WARNING when one
 * found drift in some column, the prediction or the target, without dataset drift and without
 * loss of performance; HEALTHY when none did; NO_DATA when nothing was evaluated.
 */
public enum ModelHealth {
    DEGRADED,
    HEALTHY,
    WARNING,
    DRIFTING,
    NO_DATA
}
