package io.mdt.launcher;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Typed reading of environment variables, each failure an {@link InvalidSettingException} naming the variable. */
final class EnvironmentVariables {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Map<String, String> env;

    EnvironmentVariables(Map<String, String> env) {
        this.env = env;
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    String text(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    int port(String name, int fallback) {
        return whole(name, fallback, 1, 65_535, "a port number");
    }

    int count(String name, int fallback) {
        return whole(name, fallback, 1, 1_000, "a whole number");
    }

    /** A switch written {@code on} or {@code off}, so that no other spelling is silently taken for one of them. */
    boolean onOff(String name, boolean fallback) {
        var value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        return switch (value.get()) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new InvalidSettingException(name + " must be on or off, got '" + value.get() + "'");
        };
    }

    /**
     * An IP address literal, IPv4 or IPv6, never a host name: an interface to listen on must
     * not depend on what a name server answers at the moment of the start.
     */
    String ipAddress(String name, String fallback) {
        var value = text(name, fallback);
        if (IPV4.matcher(value).matches()) {
            return value;
        }
        if (IPV6.matcher(value).matches()) {
            try {
                InetAddress.getByName(value);
                return value;
            } catch (UnknownHostException malformed) {
                // reported below with the variable's name
            }
        }
        throw new InvalidSettingException(
                name + " must be an IP address such as 127.0.0.1 or 0.0.0.0, got '" + value + "'");
    }

    int whole(String name, int fallback, int min, int max, String what) {
        var value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the variable's name
        }
        throw new InvalidSettingException(
                name + " must be " + what + " between " + min + " and " + max + ", got '" + value.get() + "'");
    }
}
