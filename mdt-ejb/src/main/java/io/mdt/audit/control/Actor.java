package io.mdt.audit.control;

import io.mdt.platform.control.StorableText;

/**
 * Who an entry names: a caller's name and how it proved it ({@code password}, {@code api-key},
 * {@code token}, {@code oidc}), or MDT itself ({@code system}) for work no request started. A name presented
 * with a refused credential is whatever the client sent: it is cut to fit and quoted when it
 * cannot be stored as it is.
 */
public record Actor(String name, String via) {

    public static final Actor SYSTEM = new Actor("system", "system");

    static final int MAX_NAME = 200;

    public Actor {
        name = storable(name == null || name.isEmpty() ? "(none)" : name);
        via = switch (via == null ? "" : via) {
            case "password", "api-key", "token", "oidc", "system" -> via;
            default -> "unknown";
        };
    }

    private static String storable(String name) {
        var text = StorableText.storable(name) ? name : StorableText.quote(name);
        if (text.length() <= MAX_NAME) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME);
    }
}
