package io.mdt.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployment files of {@code docker/}, checked with no container engine or cluster: the
 * Kubernetes manifests against the Kubernetes API's schemas ({@code docker/kubernetes/check},
 * the npm package kubernetes-models), the compose file against the Compose schema (Debian's
 * {@code docker-compose config}). Each checker is also shown a broken copy, so that a check
 * that passes everything would fail here.
 */
class DeploymentFilesIT {

    private static final Path DOCKER = Path.of("..", "docker");
    private static final Path CHECK = DOCKER.resolve("kubernetes/check");

    /** The values compose.yaml requires, as an operator would export them. */
    private static final Map<String, String> COMPOSE_SECRETS = Map.of(
            "MDT_DB_PASSWORD", "db-secret",
            "MDT_BROKER_PASSWORD", "broker-secret",
            "KEYCLOAK_ADMIN_PASSWORD", "keycloak-secret",
            "MDT_DASHBOARD_CLIENT_SECRET", "dashboard-secret",
            "MDT_INGEST_CLIENT_SECRET", "ingest-secret",
            "MDT_AUTOMATION_CLIENT_SECRET", "automation-secret",
            "GRAFANA_ADMIN_PASSWORD", "grafana-secret");

    @TempDir
    Path broken;

    private record Outcome(int exit, String output) {}

    private static Outcome run(Path directory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        var process = builder.start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as(String.join(" ", command))
                .isTrue();
        return new Outcome(process.exitValue(), output);
    }

    private static List<String> manifests() throws IOException {
        try (Stream<Path> files = Files.list(DOCKER.resolve("kubernetes"))) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .map(file -> file.toAbsolutePath().normalize().toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theKubernetesManifestsMatchTheKubernetesApi() throws Exception {
        var npm = LocalServer.onPath("npm");
        var node = LocalServer.onPath("node");
        Assumptions.assumeTrue(npm.isPresent() && node.isPresent(), "Node.js is not installed: apt-get install npm");
        var install = run(CHECK, Map.of(), npm.get().toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error");
        assertThat(install.exit()).as(install.output()).isZero();

        var command = new ArrayList<>(List.of(node.get().toString(), "check.mjs"));
        command.addAll(manifests());
        var checked = run(CHECK, Map.of(), command.toArray(String[]::new));
        assertThat(checked.exit()).as(checked.output()).isZero();
        assertThat(checked.output().lines())
                .contains("%s: StatefulSet mdt: valid"
                        .formatted(DOCKER.resolve("kubernetes/statefulset.yaml")
                                .toAbsolutePath()
                                .normalize()))
                .hasSize(manifests().size());

        var statefulSet = broken.resolve("statefulset.yaml");
        Files.writeString(
                statefulSet,
                Files.readString(DOCKER.resolve("kubernetes/statefulset.yaml"))
                        .replace("replicas: 1", "replicas: one")
                        .replace("containerPort: 8080", "containerPort: http"));
        var refused = run(CHECK, Map.of(), node.get().toString(), "check.mjs", statefulSet.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.output()).contains("replicas must be integer", "containerPort must be integer");
    }

    @Test
    void theComposeFileMatchesTheComposeSchema() throws Exception {
        var compose = LocalServer.onPath("docker-compose");
        Assumptions.assumeTrue(compose.isPresent(), "docker-compose is not installed: apt-get install docker-compose");
        var file = DOCKER.resolve("compose.yaml").toAbsolutePath().normalize();
        var checked = run(DOCKER, COMPOSE_SECRETS, compose.get().toString(), "-f", file.toString(), "config", "-q");
        assertThat(checked.exit()).as(checked.output()).isZero();

        var unset = run(DOCKER, Map.of(), compose.get().toString(), "-f", file.toString(), "config", "-q");
        assertThat(unset.exit()).as("a password left unset").isNotZero();
        assertThat(unset.output()).contains("set MDT_DB_PASSWORD");

        var copy = broken.resolve("compose.yaml");
        Files.writeString(
                copy,
                Files.readString(file)
                        .replace("    image: nginx:1.27\n", "    image: nginx:1.27\n    restarts: always\n"));
        var refused = run(broken, COMPOSE_SECRETS, compose.get().toString(), "-f", copy.toString(), "config", "-q");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("restarts");
    }
}
