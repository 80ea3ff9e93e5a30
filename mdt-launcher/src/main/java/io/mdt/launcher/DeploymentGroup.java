package io.mdt.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MDT's Payara deployment group on this machine, when {@code MDT_INSTANCES} is more than one:
 * instances {@code mdt-1} to {@code mdt-N} beside the DAS, sharing the configuration
 * {@value #CONFIG} (created by {@code configure-deployment-group.asadmin}), their files in
 * {@code $MDT_HOME/nodes}. Instance {@code k} serves HTTP on {@code MDT_HTTP_PORT + k - 1};
 * its other ports are chosen free once and kept with the domain's state.
 *
 * <p>The instances form one data grid with the DAS. Persistent timers in the shared database
 * belong to one instance each, and when an instance leaves the grid (stopped or killed) a
 * survivor takes its timers over; the message-driven beans of every instance consume from the
 * same queues.
 */
final class DeploymentGroup {

    static final String NAME = "mdt-group";
    static final String CONFIG = "mdt-config";
    static final String NODE = "mdt-node";

    /** The per-instance port properties of default-config, apart from the two HTTP listeners. */
    static final String[] INTERNAL_PORT_PROPERTIES = {
        "ASADMIN_LISTENER_PORT",
        "JMX_SYSTEM_CONNECTOR_PORT",
        "IIOP_LISTENER_PORT",
        "IIOP_SSL_LISTENER_PORT",
        "IIOP_SSL_MUTUALAUTH_PORT",
        "JMS_PROVIDER_PORT",
        "JAVA_DEBUGGER_PORT",
        "OSGI_SHELL_TELNET_PORT"
    };

    private final LaunchSettings settings;
    private final Asadmin asadmin;
    private final Path nodes;

    DeploymentGroup(LaunchSettings settings, Asadmin asadmin) {
        this.settings = settings;
        this.asadmin = asadmin;
        this.nodes = nodeFolder(settings.home());
    }

    static Path nodeFolder(Path home) {
        return home.resolve("nodes");
    }

    /**
     * How many instances the domain on disk has (0 without a group), so that {@code ./mdt
     * status} reports on the running cluster whatever its own environment says.
     */
    static int instancesOnDisk(Path home) {
        int instances = 0;
        while (Files.isDirectory(nodeFolder(home).resolve(NODE).resolve(instanceName(instances + 1)))) {
            instances++;
        }
        return instances;
    }

    static String instanceName(int instance) {
        return "mdt-" + instance;
    }

    /** How many internal ports the instances need together. */
    static int internalPortCount(LaunchSettings settings) {
        return settings.instances() * INTERNAL_PORT_PROPERTIES.length;
    }

    /**
     * Creates the instances in the running DAS, after the group and its configuration exist;
     * {@code ports} holds {@link #internalPortCount} free ports.
     */
    void create(int[] ports) {
        for (int instance = 1; instance <= settings.instances(); instance++) {
            var properties = new StringBuilder()
                    .append("HTTP_LISTENER_PORT=")
                    .append(settings.httpPort() + instance - 1)
                    .append(":HTTP_SSL_LISTENER_PORT=")
                    .append(settings.httpsPort() + instance - 1);
            int first = (instance - 1) * INTERNAL_PORT_PROPERTIES.length;
            for (int i = 0; i < INTERNAL_PORT_PROPERTIES.length; i++) {
                properties
                        .append(':')
                        .append(INTERNAL_PORT_PROPERTIES[i])
                        .append('=')
                        .append(ports[first + i]);
            }
            asadmin.run(
                    "create-local-instance",
                    "--node",
                    NODE,
                    "--nodedir",
                    nodes.toString(),
                    "--config",
                    CONFIG,
                    "--systemproperties",
                    properties.toString(),
                    instanceName(instance));
            asadmin.run(
                    "add-instance-to-deployment-group",
                    "--instance",
                    instanceName(instance),
                    "--deploymentgroup",
                    NAME);
        }
    }

    /** Starts one instance, in a session of its own like the DAS; it synchronises with the DAS first. */
    void start(int instance) {
        asadmin.local(
                true, "start-local-instance", "--node", NODE, "--nodedir", nodes.toString(), instanceName(instance));
    }

    void stop(int instance) {
        asadmin.local(
                false, "stop-local-instance", "--node", NODE, "--nodedir", nodes.toString(), instanceName(instance));
    }

    long pid(int instance) {
        return pid(settings.home(), instance);
    }

    /** The instance's process id, which Payara writes to the instance's {@code config/pid} as it starts. */
    static long pid(Path home, int instance) {
        return PidFile.read(
                nodeFolder(home).resolve(NODE).resolve(instanceName(instance)).resolve("config/pid"),
                "instance " + instanceName(instance));
    }
}
