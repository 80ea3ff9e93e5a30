package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.mdt.launcher.Stack;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kills the processes the launcher supervises while MDT works, and checks that the stack
 * comes back by itself with nothing acknowledged lost and nothing stored twice. Each test
 * waits for the whole stack to be ready again before it checks, so the shared stack is
 * healthy for the tests after it.
 */
@ExtendWith(RunningMdt.class)
class FaultsIT {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Duration SPACING = Duration.ofMillis(10);
    /** The rows of a window of the monitor whose timer must survive the crash. */
    private static final int TIMER_WINDOW = 10_000;

    private static final int BATCH = 500;

    private final Mdt mdt;
    private final Stack stack;

    FaultsIT(Mdt mdt, Stack stack) {
        this.mdt = mdt;
        this.stack = stack;
    }

    private long version(String model) {
        mdt.createModel(model, "REGRESSION");
        return mdt.api()
                .body(SyntheticStream.schema("v1"))
                .post("/models/" + model + "/versions")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private Set<String> storedIds(long versionId) {
        return mdt.ids("SELECT prediction_id FROM mdt_data.predictions_" + versionId);
    }

    /** Kills the server with SIGKILL, as a crash or the kernel's out-of-memory killer would. */
    private void killApplicationServer() {
        kill(stack.applicationServerPid());
    }

    private static void kill(long pid) {
        var process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
    }

    /**
     * One kill of the application server while both ingestion paths carry load: REST clients
     * keep sending (and retrying what got no answer), and JMS batches are sent before the kill,
     * while the server is down and after it is back. A monitor that evaluated its first window
     * before the kill evaluates the next one after it: its persistent timer survives the crash.
     */
    @Test
    void keepsEveryAcknowledgedRecordOfRestAndJmsWhenTheServerIsKilledDuringIngestion() throws Exception {
        var restModel = Mdt.uniqueName("rest-crash");
        long restVersion = version(restModel);
        var jmsModel = Mdt.uniqueName("jms-crash");
        long jmsVersion = version(jmsModel);
        var timerModel = Mdt.uniqueName("timer-crash");
        version(timerModel);
        var timerStream = new SyntheticStream(11, Set.of(), Instant.MAX);
        reference(timerModel, timerStream, 500);
        ingest(timerModel, timerStream, 0, TIMER_WINDOW);
        long monitor = countMonitor(timerModel, "PT3S", TIMER_WINDOW);
        awaitRun(monitor, 0);
        var load = new RestLoad(mdt, "/models/" + restModel + "/versions/v1/predictions");
        var clients = List.of(load.client(0), load.client(1));
        var stream = new SyntheticStream(17, Set.of(), Instant.MAX);
        var sent = new ArrayList<String>();
        clients.forEach(Thread::start);
        try (var broker = new Broker(mdt)) {
            int batch = 0;
            for (; batch < 10; batch++) {
                sent.addAll(send(broker, jmsModel, stream, batch));
            }
            load.awaitAcknowledgedBatches(10);
            killApplicationServer();
            for (; batch < 20; batch++) {
                sent.addAll(send(broker, jmsModel, stream, batch));
            }
            stack.awaitReady();
            for (; batch < 30; batch++) {
                sent.addAll(send(broker, jmsModel, stream, batch));
            }
        }
        load.awaitAcknowledgedBatches(load.acknowledgedBatches() + 10);
        load.stop(clients);

        var stored = storedIds(restVersion);
        var acknowledged = Set.copyOf(load.acknowledgedIds());
        var lost = acknowledged.stream().filter(id -> !stored.contains(id)).count();
        var unacknowledged =
                stored.stream().filter(id -> !acknowledged.contains(id)).count();
        System.out.printf(
                "FAULTS rest: records sent %d (with retries), acknowledged %d, stored %d, lost %d, "
                        + "reported duplicates %d%n",
                load.sentRecords(), load.acknowledgedIds().size(), stored.size(), lost, load.duplicates());
        assertThat(lost).isZero();
        assertThat(unacknowledged).as("stored but never acknowledged").isZero();
        assertThat(load.acknowledgedIds()).doesNotHaveDuplicates();
        assertThat(mdt.count("SELECT count(*) FROM mdt_data.predictions_" + restVersion))
                .isEqualTo(stored.size());

        var storedByJms = awaitStored(jmsVersion, sent.size());
        var lostByJms = sent.stream().filter(id -> !storedByJms.contains(id)).count();
        var unsent = storedByJms.size() - (sent.size() - lostByJms);
        System.out.printf(
                "FAULTS jms: records sent %d (every send returned), stored %d, lost %d%n",
                sent.size(), storedByJms.size(), lostByJms);
        assertThat(lostByJms).isZero();
        assertThat(unsent).as("stored but never sent").isZero();
        assertThat(mdt.count("SELECT count(*) FROM mdt_data.predictions_" + jmsVersion))
                .isEqualTo(storedByJms.size());

        ingest(timerModel, timerStream, TIMER_WINDOW, TIMER_WINDOW);
        assertThat(awaitRun(monitor, 1).get("status"))
                .as("the window after the crash, evaluated by the timer")
                .isEqualTo("DONE");
    }

    private static List<String> send(Broker broker, String model, SyntheticStream stream, int batch) throws Exception {
        var message = broker.createTextMessage(stream.batch("j", batch * BATCH, BATCH, START, SPACING));
        message.setStringProperty("model", model);
        message.setStringProperty("version", "v1");
        broker.send("mdt.predictions", message);
        var ids = new ArrayList<String>();
        for (int i = batch * BATCH; i < (batch + 1) * BATCH; i++) {
            ids.add("j" + i);
        }
        return ids;
    }

    /** The stored ids once all expected ones are in, or after three minutes. */
    private Set<String> awaitStored(long versionId, int expected) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        var stored = storedIds(versionId);
        while (stored.size() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            stored = storedIds(versionId);
        }
        return stored;
    }

    @Test
    void completesTheEvaluationTheDatabaseCrashInterruptedAndKeepsFiring() throws Exception {
        var model = Mdt.uniqueName("db-crash");
        long versionId = version(model);
        var stream = new SyntheticStream(23, Set.of(), Instant.MAX);
        int window = 200_000;
        reference(model, stream, 2_000);
        ingest(model, stream, 0, window);
        long monitor = countMonitor(model, "PT2S", window);

        long postmaster = stack.databasePid().orElseThrow();
        awaitEvaluationReading(versionId);
        kill(postmaster);
        stack.awaitReady();

        assertThat(stack.databasePid().orElseThrow()).isNotEqualTo(postmaster);
        var interrupted = awaitRun(monitor, 0);
        ingest(model, stream, window, window);
        var next = awaitRun(monitor, 1);
        System.out.printf(
                "FAULTS database: postmaster %d killed while window 0 (%d rows) was evaluated; its run %s,"
                        + " the next window's run %s%n",
                postmaster, window, interrupted, next);
        assertThat(next.get("status"))
                .as("the run of the window after the crash: %s", next)
                .isEqualTo("DONE");
        assertThat(interrupted.get("status"))
                .as("the run of the window whose evaluation the crash interrupted: %s", interrupted)
                .isEqualTo("DONE");
    }

    private void reference(String model, SyntheticStream stream, int rows) {
        mdt.api()
                .contentType("text/csv")
                .body(stream.referenceCsv(rows))
                .post("/models/" + model + "/versions/v1/references")
                .then()
                .statusCode(201);
    }

    /** A monitor of version v1 evaluating windows of {@code rows} predictions, checked at each interval. */
    private long countMonitor(String model, String interval, int rows) {
        return mdt.createMonitor(
                model,
                "{\"name\": \"by-count\", \"interval\": \"%s\", \"windowRows\": %d, \"minRows\": 100}"
                        .formatted(interval, rows));
    }

    private void ingest(String model, SyntheticStream stream, int from, int count) {
        for (int offset = from; offset < from + count; offset += 10_000) {
            mdt.api()
                    .body(stream.batch("e", offset, 10_000, START, SPACING))
                    .post("/models/" + model + "/versions/v1/predictions")
                    .then()
                    .statusCode(200)
                    .body("accepted", equalTo(10_000));
        }
    }

    /**
     * Waits until a worker's transaction reads the version's window: the evaluation is under
     * way, with its result not yet committed.
     */
    private void awaitEvaluationReading(long versionId) throws Exception {
        var database = mdt.database();
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var statement = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query LIKE ?")) {
            statement.setString(1, "COPY (SELECT%mdt_data.predictions_" + versionId + " p%");
            var deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (Instant.now().isBefore(deadline)) {
                try (var result = statement.executeQuery()) {
                    result.next();
                    if (result.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(5);
            }
        }
        throw new AssertionError("no evaluation read the window of version " + versionId + " within two minutes");
    }

    /** The run of a count window once it is no longer queued, or as it is after three minutes. */
    private Map<String, Object> awaitRun(long monitor, long windowIndex) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        Map<String, Object> run = Map.of();
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> runs = mdt.api()
                    .get("/monitors/" + monitor + "/runs?size=500")
                    .jsonPath()
                    .getList("items");
            run = runs.stream()
                    .filter(r -> ((Number) r.get("windowIndex")).longValue() == windowIndex)
                    .findFirst()
                    .orElse(Map.of());
            if (Set.of("DONE", "FAILED", "SKIPPED").contains(run.getOrDefault("status", "not created yet"))) {
                return run;
            }
            Thread.sleep(1000);
        }
        return run;
    }

    @Test
    void logsTheApplicationInAsItsOwnRoleToADurableDatabase() throws Exception {
        assertThat(mdt.count("SELECT count(*) FROM pg_roles WHERE rolname = current_user AND NOT rolsuper"
                        + " AND NOT rolcreatedb AND NOT rolcreaterole"))
                .isEqualTo(1);
        assertThat(mdt.count("SELECT count(*) FROM pg_stat_activity WHERE datname = 'mdt'"
                        + " AND backend_type = 'client backend' AND usename <> 'mdt'"))
                .as("connections to the application database by any other role")
                .isZero();
        assertThat(mdt.count("SELECT count(*) FROM pg_stat_activity WHERE datname = 'mdt'"
                        + " AND pid <> pg_backend_pid() AND usename = 'mdt'"))
                .as("the server's pooled connections")
                .isPositive();
        assertThat(mdt.ids("SELECT setting FROM pg_settings WHERE name IN"
                        + " ('fsync', 'synchronous_commit', 'full_page_writes')"))
                .containsExactly("on");
        var passwordFile = stack.settings().home().resolve("secrets/db-mdt.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
    }

    /** Clients that post batches of unique predictions and retry each until it is answered 200, as a careful sender does. */
    private static final class RestLoad {

        private final Mdt mdt;
        private final String path;
        private final SyntheticStream stream = new SyntheticStream(19, Set.of(), Instant.MAX);
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final List<String> acknowledged = new ArrayList<>();
        private long sent;
        private long duplicates;
        private int batches;

        RestLoad(Mdt mdt, String path) {
            this.mdt = mdt;
            this.path = path;
        }

        Thread client(int number) {
            return new Thread(() -> {
                for (int batch = 0; !stopping.get(); batch++) {
                    var first = (number * 1_000_000) + batch * BATCH;
                    String body;
                    synchronized (stream) {
                        body = stream.batch("r", first, BATCH, START, SPACING);
                    }
                    postUntilAcknowledged(body, first);
                }
            });
        }

        private void postUntilAcknowledged(String body, int first) {
            while (true) {
                synchronized (this) {
                    sent += BATCH;
                }
                try {
                    var response = mdt.api().body(body).post(path);
                    if (response.statusCode() == 200) {
                        acknowledge(first, response.jsonPath().getLong("duplicates"));
                        return;
                    }
                } catch (Exception refusedOrCut) {
                    // not acknowledged: the server is down or died while answering (the HTTP
                    // client rethrows the socket's checked exceptions as they are); send again
                }
                pause();
            }
        }

        private synchronized void acknowledge(int first, long duplicatesOfBatch) {
            for (int i = first; i < first + BATCH; i++) {
                acknowledged.add("r" + i);
            }
            duplicates += duplicatesOfBatch;
            batches++;
            notifyAll();
        }

        synchronized void awaitAcknowledgedBatches(int count) throws InterruptedException {
            var deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (batches < count && Instant.now().isBefore(deadline)) {
                wait(1000);
            }
            assertThat(batches).as("acknowledged batches").isGreaterThanOrEqualTo(count);
        }

        synchronized int acknowledgedBatches() {
            return batches;
        }

        void stop(List<Thread> clients) throws InterruptedException {
            stopping.set(true);
            for (var client : clients) {
                client.join();
            }
        }

        synchronized List<String> acknowledgedIds() {
            return List.copyOf(acknowledged);
        }

        synchronized long sentRecords() {
            return sent;
        }

        synchronized long duplicates() {
            return duplicates;
        }

        private static void pause() {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
