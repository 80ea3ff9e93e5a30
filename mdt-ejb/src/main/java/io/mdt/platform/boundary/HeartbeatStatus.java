package io.mdt.platform.boundary;

import java.time.Instant;

/** The heartbeat as health checks report it; {@code lastRun} is null before the first run. */
public record HeartbeatStatus(String name, Instant lastRun, long runCount) {}
