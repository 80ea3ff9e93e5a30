package io.mdt.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Collection;
import java.util.LinkedHashSet;

/** Checks ports before anything binds them, so a busy port is a clear error and not a hang. */
public final class Ports {

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

    /** A port nothing listens on now, chosen by the operating system. */
    public static int free() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new LaunchException("no free port available", e);
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
