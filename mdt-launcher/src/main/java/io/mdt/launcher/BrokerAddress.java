package io.mdt.launcher;

import java.net.URI;

/** Where the Artemis broker is, and the credentials if it requires them. */
public record BrokerAddress(String host, int port, String user, String password) {

    /** Reads {@code tcp://host:port}, the form Artemis clients use. */
    static BrokerAddress parse(String url, String user, String password) {
        var uri = URI.create(url.strip());
        if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 0) {
            throw new InvalidSettingException("MDT_BROKER_URL must look like tcp://host:61616, got '" + url + "'");
        }
        return new BrokerAddress(uri.getHost(), uri.getPort(), user, password);
    }

    public String url() {
        return "tcp://" + host + ":" + port;
    }

    boolean hasCredentials() {
        return user != null && !user.isBlank();
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
