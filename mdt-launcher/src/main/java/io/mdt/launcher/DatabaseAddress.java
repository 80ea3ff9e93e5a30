package io.mdt.launcher;

import java.net.URI;

/** Where the application's PostgreSQL database is and how to log in. */
public record DatabaseAddress(String jdbcUrl, String user, String password) {

    /** The JDBC pool properties in asadmin script syntax, the password referenced by its alias. */
    String poolProperties(String passwordAlias) {
        return "url=" + escape(jdbcUrl) + ":user=" + escape(user) + ":password="
                + escape("${ALIAS=" + passwordAlias + "}");
    }

    String hostAndPort() {
        var uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return uri.getHost() + ":" + uri.getPort();
    }

    /**
     * Escapes a property value for an asadmin script: the property syntax separates with
     * {@code :} and {@code =}, and the script reader takes one level of backslashes itself.
     */
    static String escape(String value) {
        return value.replace(":", "\\\\:").replace("=", "\\\\=");
    }
}
