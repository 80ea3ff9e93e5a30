package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the OpenAPI document called without credentials, with a wrong one, and with
 * each role, by API key and by built-in account: 401 without proof of identity, 403 for a role the
 * operation does not admit, anything else for one it admits. The expected least role of each
 * operation is the table {@code api-roles.txt}; an operation missing there fails the test, so a
 * new endpoint cannot ship without a rule. Calls use ids and names that do not exist, so an
 * admitted call answers 400 or 404 and changes nothing.
 */
@ExtendWith(RunningMdt.class)
class SecurityIT {

    private static final List<String> ROLES = List.of("mdt-admin", "mdt-engineer", "mdt-viewer", "mdt-ingest");

    private static final Map<String, Set<String>> ADMITTED = Map.of(
            "admin", Set.of("mdt-admin"),
            "engineer", Set.of("mdt-admin", "mdt-engineer"),
            "viewer", Set.of("mdt-admin", "mdt-engineer", "mdt-viewer"),
            "ingest", Set.of("mdt-admin", "mdt-ingest"),
            "serving", Set.of("mdt-admin", "mdt-engineer", "mdt-ingest"),
            "anyone", Set.copyOf(ROLES));

    private final Mdt mdt;

    SecurityIT(Mdt mdt) {
        this.mdt = mdt;
    }

    record Operation(String method, String path, String least) {
        String concretePath() {
            return path.replace("{model}", "no-such-model")
                    .replace("{version}", "no-such-version")
                    .replace("{column}", "no-such-column")
                    .replace("{id}", "987654321");
        }

        /** The operation with an empty body of the type it takes: bytes for an artifact, JSON otherwise. */
        Response call(RequestSpecification as) {
            var request = "GET".equals(method) || "DELETE".equals(method)
                    ? as
                    : path.endsWith("/artifact")
                            ? as.contentType("application/octet-stream").body(new byte[] {0})
                            : as.body("{}");
            return request.request(method, concretePath());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARoleRule() {
        assertThat(served()).isEqualTo(new TreeSet<>(table().keySet()));
    }

    @Test
    void everyOperationRefusesCallersWithoutCredentialsOrWithAWrongOne() {
        var breaches = new ArrayList<String>();
        var wrongKey = "mdt_" + "A".repeat(43);
        for (var operation : table().values()) {
            expect(breaches, operation, "anonymous", operation.call(mdt.anonymous()), 401);
            expect(breaches, operation, "a wrong key", operation.call(mdt.as(wrongKey)), 401);
        }
        assertThat(breaches).isEmpty();
    }

    @Test
    void everyOperationAdmitsExactlyItsRolesByApiKey() {
        var keys = new LinkedHashMap<String, String>();
        ROLES.forEach(role -> keys.put(role, mdt.createKey(role)));
        var breaches = new ArrayList<String>();
        for (var operation : table().values()) {
            for (var role : ROLES) {
                check(breaches, operation, role + " key", role, operation.call(mdt.as(keys.get(role))));
            }
        }
        assertThat(breaches).isEmpty();
    }

    /**
     * The built-in store's accounts reach the same rule as keys; a password takes a slow hash to
     * check, so one operation of each least role stands for the others.
     */
    @Test
    void builtInAccountsAreAdmittedByTheSameRules() {
        var users = new LinkedHashMap<String, String>();
        ROLES.forEach(role -> users.put(role, mdt.createUser(role)));
        var representatives = new LinkedHashMap<String, Operation>();
        table().values().forEach(operation -> representatives.putIfAbsent(operation.least(), operation));
        var breaches = new ArrayList<String>();
        for (var operation : representatives.values()) {
            for (var role : ROLES) {
                var user = users.get(role);
                check(breaches, operation, role + " account", role, operation.call(basic(user, Mdt.password(user))));
            }
            expect(
                    breaches,
                    operation,
                    "an unknown account",
                    operation.call(basic(Mdt.uniqueName("nobody"), "wrong password!")),
                    401);
        }
        assertThat(breaches).isEmpty();
    }

    @Test
    void refusalsAreProblemsThatSayHowToAuthenticate() {
        var anonymous = mdt.anonymous().get("/models");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).contains("Bearer", "Basic");
        assertThat(anonymous.jsonPath().getString("type")).isEqualTo("urn:mdt:problem:unauthenticated");

        var wrong = mdt.as("mdt_" + "B".repeat(43)).get("/models");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.contentType()).startsWith("application/problem+json");

        var viewer = mdt.as(mdt.createKey("mdt-viewer")).body("{}").post("/models");
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(viewer.contentType()).startsWith("application/problem+json");
        assertThat(viewer.jsonPath().getString("type")).isEqualTo("urn:mdt:problem:forbidden");
        assertThat(viewer.jsonPath().getString("detail")).contains("mdt-engineer");
    }

    @Test
    void meNamesTheCallerItsRolesAndHowItAuthenticated() {
        var engineer = mdt.createUser("mdt-engineer");
        var me = basic(engineer, Mdt.password(engineer))
                .get("/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(me.getString("name")).isEqualTo(engineer);
        assertThat(me.getList("roles", String.class)).containsExactlyInAnyOrder("mdt-engineer", "mdt-viewer");
        assertThat(me.getString("via")).isEqualTo("password");

        var ingest = mdt.as(mdt.createKey("mdt-ingest"))
                .get("/me")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(ingest.getList("roles", String.class)).containsExactly("mdt-ingest");
        assertThat(ingest.getString("via")).isEqualTo("api-key");
    }

    @Test
    void apiKeysAreShownOnceStoredHashedExpireAndCanBeRevoked() {
        var created = mdt.api()
                .body("""
                        {"name": "%s", "role": "mdt-viewer", "team": "default", "expiresAt": "%s"}
                        """.formatted(Mdt.uniqueName("feed"), Instant.now().plus(Duration.ofHours(1))))
                .post("/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        var secret = created.getString("secret");
        long id = created.getLong("key.id");
        assertThat(secret).startsWith(created.getString("key.prefix"));
        assertThat(mdt.api().get("/api-keys/" + id).asString()).doesNotContain(secret);
        assertThat(mdt.count("SELECT COUNT(*) FROM api_key WHERE secret_hash LIKE '%" + secret.substring(4, 20) + "%'"))
                .isZero();

        mdt.as(secret).get("/models").then().statusCode(200);
        assertThat(mdt.api().get("/api-keys/" + id).jsonPath().getString("lastUsed"))
                .isNotNull();

        mdt.api().delete("/api-keys/" + id).then().statusCode(200);
        assertThat(mdt.api().get("/api-keys/" + id).jsonPath().getString("status"))
                .isEqualTo("revoked");
        mdt.as(secret).get("/models").then().statusCode(401);

        var expiring = mdt.api()
                .body("""
                        {"name": "%s", "role": "mdt-viewer", "team": "default", "expiresAt": "%s"}
                        """.formatted(Mdt.uniqueName("soon"), Instant.now().plus(Duration.ofSeconds(2))))
                .post("/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        mdt.execute(
                "UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = " + expiring.getLong("key.id"));
        mdt.as(expiring.getString("secret")).get("/models").then().statusCode(401);
        assertThat(mdt.api()
                        .get("/api-keys/" + expiring.getLong("key.id"))
                        .jsonPath()
                        .getString("status"))
                .isEqualTo("expired");
    }

    @Test
    void aKeyUsedByManyRequestsAtOnceAdmitsEveryOne() throws Exception {
        var key = mdt.createKey("mdt-viewer");
        var pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> mdt.as(key).get("/models").statusCode()));
            }
            for (var answer : answers) {
                assertThat(answer.get())
                        .as("a request beside others of the same key")
                        .isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void repeatedWrongPasswordsLockAnAccountUntilAnAdministratorSetsANewOne() {
        var user = mdt.createUser("mdt-viewer");
        for (int i = 0; i < 5; i++) {
            basic(user, "not the password " + i).get("/me").then().statusCode(401);
        }
        basic(user, Mdt.password(user)).get("/me").then().statusCode(401);
        var account =
                mdt.api().get("/users").jsonPath().getList("findAll { it.name == '" + user + "' }.id", Long.class);
        assertThat(mdt.api().get("/users/" + account.get(0)).jsonPath().getString("lockedUntil"))
                .isNotNull();

        mdt.api()
                .body("{\"password\": \"a brand new password\"}")
                .put("/users/" + account.get(0))
                .then()
                .statusCode(200);
        basic(user, "a brand new password").get("/me").then().statusCode(200);
    }

    @Test
    void theLastAdministratorCannotBeDisabledDemotedOrRemoved() {
        var admins = mdt.api()
                .get("/users")
                .jsonPath()
                .getList("findAll { it.role == 'mdt-admin' && it.enabled }.id", Long.class);
        if (admins.size() == 1) {
            long only = admins.get(0);
            assertThat(mdt.api()
                            .body("{\"enabled\": false}")
                            .put("/users/" + only)
                            .statusCode())
                    .isEqualTo(409);
            assertThat(mdt.api()
                            .body("{\"role\": \"mdt-viewer\"}")
                            .put("/users/" + only)
                            .statusCode())
                    .isEqualTo(409);
            assertThat(mdt.api().delete("/users/" + only).statusCode()).isEqualTo(409);
        }
        var second = mdt.createUser("mdt-admin");
        var id = mdt.api()
                .get("/users")
                .jsonPath()
                .getList("findAll { it.name == '" + second + "' }.id", Long.class)
                .get(0);
        mdt.api().delete("/users/" + id).then().statusCode(204);
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        var user = mdt.createUser("mdt-viewer");
        var stored = mdt.ids("SELECT password_hash FROM user_account WHERE name = '" + user + "'");
        assertThat(stored)
                .singleElement()
                .asString()
                .startsWith("pbkdf2-sha256$600000$")
                .doesNotContain(Mdt.password(user));
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNamesNoServer() {
        for (var response : List.of(
                mdt.api().get("/models"),
                mdt.anonymous().get("/models"),
                mdt.root().get("/login.xhtml"))) {
            assertThat(response.headers().hasHeaderWithName("Server")).isFalse();
            assertThat(response.headers().hasHeaderWithName("X-Powered-By")).isFalse();
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.headers().getValues("Content-Security-Policy"))
                    .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        var cookies = mdt.root().get("/login.xhtml").headers().getValues("Set-Cookie");

        assertThat(cookies)
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void pagesSendVisitorsWhoHaveNotSignedInToTheSignInForm() {
        var page = RestAssured.given()
                .baseUri(mdt.baseUrl())
                .redirects()
                .follow(false)
                .get("/alerts.xhtml?state=open");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/login.xhtml?next=").contains("alerts.xhtml");
        var viewer = mdt.createKey("mdt-viewer");
        assertThat(RestAssured.given()
                        .baseUri(mdt.baseUrl())
                        .header("Authorization", "Bearer " + viewer)
                        .get("/channels.xhtml")
                        .statusCode())
                .isEqualTo(403);
    }

    private RequestSpecification basic(String user, String password) {
        return mdt.anonymous().auth().preemptive().basic(user, password);
    }

    private static void check(List<String> breaches, Operation operation, String who, String role, Response response) {
        boolean admitted = ADMITTED.get(operation.least()).contains(role);
        int status = response.statusCode();
        if (admitted && (status == 401 || status == 403 || status >= 500)) {
            breaches.add(operation + " as " + who + ": " + status + " " + response.asString());
        }
        if (!admitted && status != 403) {
            breaches.add(operation + " as " + who + ": expected 403, got " + status);
        }
        if (!admitted && !response.contentType().startsWith("application/problem+json")) {
            breaches.add(operation + " as " + who + ": 403 not a problem");
        }
    }

    private static void expect(List<String> breaches, Operation operation, String who, Response response, int status) {
        if (response.statusCode() != status) {
            breaches.add(operation + " as " + who + ": expected " + status + ", got " + response.statusCode());
        } else if (!response.contentType().startsWith("application/problem+json")) {
            breaches.add(operation + " as " + who + ": " + status + " not a problem");
        }
    }

    /** The operations of the served OpenAPI document, as "METHOD /path" below the API's root. */
    private Set<String> served() {
        var document = JsonPath.from(RestAssured.given()
                .baseUri(mdt.baseUrl())
                .accept(ContentType.JSON)
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        var operations = new TreeSet<String>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(Set.of("get", "post", "put", "delete", "patch")::contains)
                .forEach(method -> operations.add(method.toUpperCase() + " " + path.replaceFirst("^/api/v1", ""))));
        return operations;
    }

    private static Map<String, Operation> table() {
        try (var in = SecurityIT.class.getResourceAsStream("/api-roles.txt")) {
            var table = new LinkedHashMap<String, Operation>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.trim().split("\\s+"))
                    .map(fields -> new Operation(fields[0], fields[1], fields[2]))
                    .forEach(operation -> table.put(operation.toString(), operation));
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
