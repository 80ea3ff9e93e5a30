package io.mdt.launcher;

import java.util.Map;
import java.util.Optional;

/** Typed reading of environment variables, each failure naming the variable. */
final class EnvironmentVariables {

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
        var value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.get());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the variable's name
        }
        throw new LaunchException(name + " must be a port number between 1 and 65535, got '" + value.get() + "'");
    }

    int count(String name, int fallback) {
        var value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int count = Integer.parseInt(value.get());
            if (count > 0 && count <= 1000) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the variable's name
        }
        throw new LaunchException(name + " must be a whole number between 1 and 1000, got '" + value.get() + "'");
    }
}
