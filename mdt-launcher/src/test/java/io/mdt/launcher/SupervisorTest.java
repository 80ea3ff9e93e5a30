package io.mdt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SupervisorTest {

    private static final Duration CHECK = Duration.ofMillis(20);
    private static final RestartPolicy QUICK = new RestartPolicy(3, Duration.ofMillis(10), Duration.ofMinutes(10));

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final CompletableFuture<String> gaveUp = new CompletableFuture<>();
    private final List<SleepingProcess> processes = new CopyOnWriteArrayList<>();
    private Supervisor supervisor;

    @AfterEach
    void stopEverything() {
        supervisor.close();
        processes.forEach(SleepingProcess::stop);
    }

    private SleepingProcess process(String seconds) {
        var process = new SleepingProcess(seconds);
        processes.add(process);
        return process;
    }

    private void supervise(SleepingProcess... watched) {
        supervisor = new Supervisor(List.of(watched), QUICK, CHECK, log::add, gaveUp::complete);
        supervisor.start();
    }

    private static void awaitRestarts(SleepingProcess process, int count) throws InterruptedException {
        while (process.restarts() < count || !process.alive()) {
            Thread.sleep(10);
        }
    }

    @Test
    void restartsAKilledProcessAndLeavesARunningOneAlone() throws Exception {
        var killed = process("600");
        var untouched = process("600");
        long firstPid = killed.pid();
        supervise(killed, untouched);

        killed.kill();
        awaitRestarts(killed, 1);

        assertThat(killed.pid()).isNotEqualTo(firstPid);
        assertThat(untouched.restarts()).isZero();
        assertThat(log).anyMatch(line -> line.contains("is not running")).anyMatch(line -> line.contains("restarted"));
        assertThat(gaveUp).isNotDone();
    }

    @Test
    void triesAgainWhenARestartFailsWithinTheAttempts() throws Exception {
        var process = process("600").failingRestarts(2);
        supervise(process);

        process.kill();
        awaitRestarts(process, 3);

        assertThat(process.alive()).isTrue();
        assertThat(log)
                .filteredOn(line -> line.contains("failed: refused to start"))
                .hasSize(2);
        assertThat(gaveUp).isNotDone();
    }

    @Test
    void givesUpWithTheReasonWhenNoAttemptBringsTheProcessBack() throws Exception {
        var process = process("600").failingRestarts(Integer.MAX_VALUE);
        supervise(process);

        process.kill();
        var reason = gaveUp.get(1, TimeUnit.MINUTES);

        assertThat(reason).contains("sleep 600").contains("3 restart attempts").contains("refused to start");
        assertThat(process.restarts()).isEqualTo(3);
    }

    @Test
    void givesUpOnAProcessThatKeepsDyingSoonAfterEachRestart() throws Exception {
        var process = process("0.05");
        supervise(process);

        var reason = gaveUp.get(1, TimeUnit.MINUTES);

        assertThat(reason).contains("kept dying");
        assertThat(process.restarts()).isEqualTo(3);
    }
}
