package io.mdt.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.mdt.launcher.BrokerCredentials;
import io.mdt.launcher.DatabaseAddress;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A running MDT as tests see it: its base URL, its broker, its database, the folder of the
 * secrets the launcher generated (from which tests read the logins an operator would hand out),
 * and the credentials of its first administrator: the generated password, and an API key made
 * with it that requests carry unless a test asks for {@link #anonymous()} or {@link #as(String)}
 * another one.
 */
public record Mdt(
        String baseUrl,
        String brokerUrl,
        DatabaseAddress database,
        Path secrets,
        String adminPassword,
        String adminKey) {

    public static final String ADMIN = "admin";

    /** The team of models created without one by an administrator, as the tests create them. */
    public static final String TEAM = "default";

    /** The API as the administrator. */
    public RequestSpecification api() {
        return as(adminKey);
    }

    /** The API with a bearer credential: an API key or a token. */
    public RequestSpecification as(String bearer) {
        return anonymous().header("Authorization", "Bearer " + bearer);
    }

    /** The API as an account of the built-in store made by {@link #createUser(String)}, by HTTP Basic. */
    public RequestSpecification asUser(String user) {
        return anonymous().auth().preemptive().basic(user, password(user));
    }

    /** The API without any credential. */
    public RequestSpecification anonymous() {
        return given().baseUri(baseUrl).basePath("/api/v1").contentType(ContentType.JSON);
    }

    /** The server's root as the administrator: pages, health, metrics. */
    public RequestSpecification root() {
        return given().baseUri(baseUrl).header("Authorization", "Bearer " + adminKey);
    }

    /**
     * Creates an API key of the role, valid for a day, and returns its secret; one of another
     * role than {@code mdt-admin} sees the models of the team {@value #TEAM}.
     */
    public String createKey(String role) {
        return createKey(role, "mdt-admin".equals(role) ? null : "\"team\": \"" + TEAM + "\"");
    }

    /** Creates an API key of the role limited as {@code scope} says (JSON members, or null), and returns its secret. */
    public String createKey(String role, String scope) {
        return createKey(api(), uniqueName("key-" + role), role, scope);
    }

    /** Creates an API key with the caller's credential, valid for a day, and returns its secret. */
    static String createKey(RequestSpecification caller, String name, String role, String scope) {
        return caller.body("""
                        {"name": "%s", "role": "%s", "expiresAt": "%s"%s}
                        """.formatted(
                                name, role, Instant.now().plus(Duration.ofDays(1)), scope == null ? "" : ", " + scope))
                .post("/api-keys")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("secret");
    }

    /**
     * Creates an account of the built-in store with the role, in the team {@value #TEAM}, and
     * returns its name; its password is {@link #password(String)}.
     */
    public String createUser(String role) {
        return createUser(role, TEAM);
    }

    /** Creates an account of the built-in store with the role in these teams and returns its name. */
    public String createUser(String role, String... teams) {
        var name = uniqueName(role);
        var teamList = Arrays.stream(teams).map(t -> "\"" + t + "\"").collect(Collectors.joining(", "));
        api().body("""
                        {"name": "%s", "password": "%s", "role": "%s", "teams": [%s]}
                        """.formatted(name, password(name), role, teamList))
                .post("/users")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201);
        return name;
    }

    /** The password {@link #createUser(String)} gives an account. */
    public static String password(String user) {
        return "pw-of-" + user + "-long-enough";
    }

    /** The generated password of one of the broker's identities ({@link BrokerCredentials}). */
    public String brokerPassword(String identity) {
        return secret(BrokerCredentials.file(secrets, identity));
    }

    /** The generated password of Payara's administrator {@code admin}, for the admin console. */
    public String consolePassword() {
        return secret(secrets.resolve("payara-admin.password"));
    }

    private static String secret(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model name no other test uses, so tests never depend on each other's data. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Runs a query that returns one number, straight on the database, to see what was stored. */
    public long count(String sql) {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes rows straight on the database, as an operator or another tool might behind MDT's back. */
    public void execute(String sql) {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a query that returns one text column, straight on the database, as a set of its values. */
    public Set<String> ids(String sql) {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var result = connection.createStatement().executeQuery(sql)) {
            var values = new HashSet<String>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers a model over REST and returns its id. */
    public long createModel(String name, String taskType) {
        return api().body("""
                        {"name": "%s", "taskType": "%s", "owner": "system tests"}
                        """.formatted(name, taskType))
                .post("/models")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Creates the regression model {@code name} with version v1 of {@link SyntheticStream}'s schema. */
    public String createSyntheticModel(String name) {
        createModel(name, "REGRESSION");
        api().body(SyntheticStream.schema("v1"))
                .post("/models/" + name + "/versions")
                .then()
                .statusCode(201);
        return name;
    }

    /** Creates a monitor of version v1 of the model from its JSON definition, and returns its id. */
    public long createMonitor(String model, String definition) {
        return api().body(definition)
                .post("/models/" + model + "/versions/v1/monitors")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** {@link #createSyntheticModel}, with {@code rows} reference rows of the stream uploaded to v1. */
    public String createSyntheticModel(String name, SyntheticStream stream, int rows) {
        createSyntheticModel(name);
        api().contentType("text/csv")
                .body(stream.referenceCsv(rows))
                .post("/models/" + name + "/versions/v1/references")
                .then()
                .statusCode(201)
                .body("dataset.rows", equalTo(rows));
        return name;
    }

    /**
     * A monitor's runs (newest first) once {@code done} holds for them, asked for every half
     * second for up to three minutes.
     */
    public List<Map<String, Object>> awaitRuns(long monitor, Predicate<List<Map<String, Object>>> done)
            throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        List<Map<String, Object>> runs = List.of();
        while (Instant.now().isBefore(deadline)) {
            runs = api().get("/monitors/" + monitor + "/runs?size=500")
                    .jsonPath()
                    .getList("items");
            if (done.test(runs)) {
                return runs;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("runs did not complete in time: " + runs);
    }

    /** How many of the runs have the status. */
    public static long count(List<Map<String, Object>> runs, String status) {
        return runs.stream().filter(run -> status.equals(run.get("status"))).count();
    }
}
