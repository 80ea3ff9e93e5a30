package io.mdt.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.concurrent.ThreadLocalRandom;

/** Checks ports before anything binds them, so a busy port is a clear error and not a hang. */
public final class Ports {

    /** The lowest port chosen: above the registered services most machines run. */
    static final int LOWEST_CHOSEN = 10_000;

    /** Linux's default start of the range its outgoing connections take their ports from. */
    private static final int DEFAULT_EPHEMERAL_START = 32_768;

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int ATTEMPTS = 1_000;

    private Ports() {}

    /** Fails naming the port and the setting that chose it, when something already listens there. */
    public static void requireFree(int port, String setting) {
        if (!isFree(port)) {
            throw new LaunchException("port " + port + " is already in use; free it or choose another with " + setting);
        }
    }

    /**
     * Whether a server could listen on the port now. Address reuse is on, as servers set it,
     * so connections lingering in TIME_WAIT after a previous run do not count as busy.
     */
    public static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException busy) {
            return false;
        }
    }

    /**
     * A port nothing listens on now, below the range the operating system takes the ports of
     * outgoing connections from. A port is often bound long after it was chosen (an instance
     * of a deployment group starts a minute after its ports were written to its
     * configuration), and a port from that range may meanwhile be the local end of a
     * connection to the database or the broker, which keeps the server from starting.
     */
    public static int free() {
        int end = ephemeralStart();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST_CHOSEN, end);
            if (isFree(port)) {
                return port;
            }
        }
        throw new LaunchException("no free port between " + LOWEST_CHOSEN + " and " + (end - 1));
    }

    /** Where the ports of outgoing connections start, as the kernel says, else Linux's default. */
    static int ephemeralStart() {
        try {
            int start =
                    Integer.parseInt(Files.readString(EPHEMERAL_RANGE).strip().split("\\s+")[0]);
            return start > LOWEST_CHOSEN + ATTEMPTS ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException unreadable) {
            return DEFAULT_EPHEMERAL_START;
        }
    }

    /**
     * {@code count} ports nothing listens on now, different from each other and from {@code
     * taken}: the operating system may hand out a port again once the probe closed it, and a
     * server given one port twice does not start.
     */
    public static int[] free(int count, Collection<Integer> taken) {
        var chosen = new LinkedHashSet<Integer>();
        while (chosen.size() < count) {
            int port = free();
            if (!taken.contains(port)) {
                chosen.add(port);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }
}
