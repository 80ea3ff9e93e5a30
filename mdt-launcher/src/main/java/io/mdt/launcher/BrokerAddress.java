package io.mdt.launcher;

import java.net.URI;
import java.util.regex.Pattern;

/** Where the Artemis broker is, and the credentials if it requires them. */
public record BrokerAddress(String host, int port, String user, String password) {

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._%+@-]+");

    /**
     * Reads {@code tcp://host:port}, the form Artemis clients use, and the login: a user and
     * its password together, or neither for a broker that lets anyone in. The user reaches an
     * asadmin script, so it may hold no space, quote or separator.
     */
    static BrokerAddress parse(String url, String user, String password) {
        var uri = URI.create(url.strip());
        if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new InvalidSettingException("MDT_BROKER_URL must look like tcp://host:61616, got '" + url + "'");
        }
        if ((user == null) != (password == null)) {
            throw new InvalidSettingException(
                    "MDT_BROKER_USER and MDT_BROKER_PASSWORD go together: set both or neither");
        }
        if (user != null && !USER.matcher(user).matches()) {
            throw new InvalidSettingException(
                    "MDT_BROKER_USER must be made of letters, digits and . _ % + @ -, got '" + user + "'");
        }
        return new BrokerAddress(uri.getHost(), uri.getPort(), user, password);
    }

    public String url() {
        return "tcp://" + host + ":" + port;
    }

    /** Names the user only, so that a log line or a failed assertion never shows the password. */
    @Override
    public String toString() {
        return "BrokerAddress[" + url() + (hasCredentials() ? ", user " + user : "") + "]";
    }

    boolean hasCredentials() {
        return user != null && !user.isBlank();
    }

    /**
     * The connection pool's login in asadmin syntax, or nothing for a broker without one.
     * Payara logs the pool's outbound connections in with these properties (the container's
     * default principal), not with the resource adapter's, which serve the message-driven
     * beans' inbound connections.
     */
    String poolOptions(String passwordAlias) {
        return hasCredentials()
                ? "--property UserName=" + DatabaseAddress.escape(user) + ":Password="
                        + DatabaseAddress.escape("${ALIAS=" + passwordAlias + "}")
                : "";
    }

    /** The resource adapter configuration in asadmin syntax. */
    String adapterProperties(String passwordAlias) {
        var properties = "ConnectionParameters=" + DatabaseAddress.escape("host=" + host + ";port=" + port);
        if (hasCredentials()) {
            properties += ":UserName=" + DatabaseAddress.escape(user) + ":Password="
                    + DatabaseAddress.escape("${ALIAS=" + passwordAlias + "}");
        }
        return properties;
    }
}
