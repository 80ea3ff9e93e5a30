package io.mdt.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimerHeartbeatTest {

    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void countsEveryRunAndKeepsTheLatestTime() {
        var heartbeat = new TimerHeartbeat("platform", FIRST);

        heartbeat.beat(FIRST.plusSeconds(10));
        heartbeat.beat(FIRST.plusSeconds(20));

        assertThat(heartbeat.getRunCount()).isEqualTo(3);
        assertThat(heartbeat.getLastRun()).isEqualTo(FIRST.plusSeconds(20));
    }

    @Test
    void aLateRunNeverMovesTheLastRunBack() {
        var heartbeat = new TimerHeartbeat("platform", FIRST.plusSeconds(30));

        heartbeat.beat(FIRST);

        assertThat(heartbeat.getRunCount()).isEqualTo(2);
        assertThat(heartbeat.getLastRun()).isEqualTo(FIRST.plusSeconds(30));
    }
}
