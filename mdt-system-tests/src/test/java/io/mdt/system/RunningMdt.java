package io.mdt.system;

import io.mdt.launcher.IdentitySettings;
import io.mdt.launcher.LaunchSettings;
import io.mdt.launcher.Launcher;
import io.mdt.launcher.MailSettings;
import io.mdt.launcher.Ports;
import io.mdt.launcher.Stack;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the whole stack once per test run (embedded PostgreSQL, Artemis and Keycloak, a
 * fresh Payara domain on free ports, the built EAR), after a {@link MailServer} that its mail
 * session sends to, and stops both when the run ends, also when tests fail. Keycloak is the
 * launcher's own embedded one, as {@code MDT_KEYCLOAK=embedded} runs it, so MDT's server is
 * configured with its issuer and client. Test classes get a {@link Mdt} handle as a parameter
 * (and the {@link Stack}, to restart the server, the {@link MailServer}, {@link Keycloak}
 * to make users and tokens, and the {@link MlflowServer} MDT is configured with, through
 * {@code $MDT_HOME/config/mdt.properties} as an operator would); each creates its own data.
 */
public class RunningMdt implements BeforeAllCallback, ParameterResolver {

    /** Not the defaults, so that tests can tell the settings reach the server. */
    static final int EVALUATION_WORKERS = 3;

    static final int INGESTION_CONSUMERS = 5;

    /** Short, so that a registry change reaches MDT within a test's patience. */
    static final String MLFLOW_SYNC_INTERVAL = "PT15S";

    /** The sender address of MDT's e-mails in the tests. */
    static final String MAIL_FROM = "mdt-alerts@mdt.test";

    @Override
    public void beforeAll(ExtensionContext context) {
        started(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        var type = parameter.getParameter().getType();
        return type == Mdt.class
                || type == Stack.class
                || type == MailServer.class
                || type == Keycloak.class
                || type == MlflowServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var started = started(context);
        var type = parameter.getParameter().getType();
        if (type == Stack.class) {
            return started.stack();
        }
        if (type == Keycloak.class) {
            return started.keycloak();
        }
        if (type == MlflowServer.class) {
            return started.mlflow();
        }
        return type == MailServer.class ? started.mail() : started.mdt();
    }

    private static StartedStack started(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningMdt.class, key -> StartedStack.start(), StartedStack.class);
    }

    /** The running stack and its mail server, closed by JUnit when the whole run ends. */
    record StartedStack(Stack stack, Mdt mdt, MailServer mail, Keycloak keycloak, MlflowServer mlflow)
            implements ExtensionContext.Store.CloseableResource {

        static StartedStack start() {
            Launcher.quietLogging();
            var home = Path.of(required("mdt.test.home"));
            deleteRecursively(home);
            var mail = MailServer.start();
            var mlflow = MlflowServer.start();
            configure(home, mlflow);
            var ports = Ports.free(6, List.of());
            var httpPort = ports[0];
            var settings = new LaunchSettings(
                    home,
                    Path.of(required("mdt.payara.zip")),
                    Path.of(required("mdt.ear")),
                    Path.of(required("mdt.rar")),
                    "127.0.0.1",
                    httpPort,
                    ports[1],
                    ports[2],
                    ports[3],
                    ports[4],
                    Optional.empty(),
                    Optional.empty(),
                    "1g",
                    EVALUATION_WORKERS,
                    INGESTION_CONSUMERS,
                    true,
                    MailSettings.unauthenticated(mail.host(), mail.port(), MAIL_FROM),
                    LaunchSettings.localDashboardUrl("127.0.0.1", httpPort),
                    "127.0.0.1",
                    IdentitySettings.embedded(ports[5], Path.of(required("mdt.keycloak.zip"))),
                    1);
            Stack stack;
            try {
                stack = Stack.start(
                        settings,
                        System.out::println,
                        reason -> System.err.println("MDT is not supervised any more: " + reason));
            } catch (RuntimeException e) {
                mail.close();
                mlflow.close();
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            var adminPassword = read(stack.initialAdminPasswordFile());
            var mdt = new Mdt(
                    settings.baseUrl(),
                    stack.broker().url(),
                    stack.database(),
                    home.resolve("secrets"),
                    adminPassword,
                    adminKey(settings.baseUrl(), adminPassword));
            return new StartedStack(
                    stack, mdt, mail, new Keycloak(stack.keycloak().orElseThrow()), mlflow);
        }

        @Override
        public void close() {
            try {
                stack.close();
            } finally {
                mail.close();
                mlflow.close();
            }
        }
    }

    /** MDT's settings file, pointing MDT at the tests' MLflow. */
    private static void configure(Path home, MlflowServer mlflow) {
        var settings = home.resolve("config/mdt.properties");
        try {
            Files.createDirectories(settings.getParent());
            Files.writeString(
                    settings,
                    "mdt.mlflow.tracking-uri=" + mlflow.trackingUri() + "\nmdt.mlflow.sync-interval="
                            + MLFLOW_SYNC_INTERVAL + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + settings, e);
        }
    }

    /** An administrator's API key for the tests, made with the first administrator's password. */
    private static String adminKey(String baseUrl, String adminPassword) {
        var asAdmin = RestAssured.given()
                .baseUri(baseUrl)
                .basePath("/api/v1")
                .auth()
                .preemptive()
                .basic(Mdt.ADMIN, adminPassword)
                .contentType(ContentType.JSON);
        return Mdt.createKey(asAdmin, "system tests", "mdt-admin", null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static String required(String property) {
        return Optional.ofNullable(System.getProperty(property))
                .orElseThrow(() -> new IllegalStateException("system property " + property + " is not set"));
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("cannot clean " + folder, e);
        }
    }
}
