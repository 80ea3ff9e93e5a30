package io.mdt.launcher;

import java.util.Map;
import java.util.Optional;

/** Typed reading of environment variables, each failure an {@link InvalidSettingException} naming the variable. */
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

    private int whole(String name, int fallback, int min, int max, String what) {
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
