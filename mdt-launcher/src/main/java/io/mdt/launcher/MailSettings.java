package io.mdt.launcher;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SMTP server behind the mail session {@code mail/mdt}, through which MDT sends alert
 * e-mails. Every value reaches an asadmin script, so each is checked here against a strict
 * shape that leaves no room for spaces, quotes or separators.
 *
 * @param host the SMTP server's host name or IP address
 * @param port its port
 * @param from the sender address of every e-mail, a bare {@code name@domain}
 * @param user the login for SMTP AUTH, or empty to send without logging in
 * @param password the login's password; it reaches the domain only as a password alias
 * @param startTls whether every connection must switch to TLS (STARTTLS) before a message is sent
 */
public record MailSettings(
        String host, int port, String from, Optional<String> user, String password, boolean startTls) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@" + HOST.pattern());
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._%+@-]+");

    /** Sends without logging in and without TLS, as to a relay on the same machine or network. */
    public static MailSettings unauthenticated(String host, int port, String from) {
        return new MailSettings(host, port, from, Optional.empty(), "", false);
    }

    static MailSettings from(EnvironmentVariables vars) {
        var user = vars.optional("MDT_SMTP_USER");
        var password = vars.optional("MDT_SMTP_PASSWORD");
        if (user.isPresent() != password.isPresent()) {
            throw new InvalidSettingException("MDT_SMTP_USER and MDT_SMTP_PASSWORD go together: set both or neither");
        }
        return new MailSettings(
                checked("MDT_SMTP_HOST", vars.text("MDT_SMTP_HOST", "localhost"), HOST, "a host name or IP address"),
                vars.port("MDT_SMTP_PORT", 25),
                checked(
                        "MDT_MAIL_FROM",
                        vars.text("MDT_MAIL_FROM", "mdt@localhost"),
                        ADDRESS,
                        "an e-mail address like mdt@example.com"),
                user.map(login -> checked("MDT_SMTP_USER", login, USER, "made of letters, digits and . _ % + @ -")),
                password.orElse(""),
                vars.onOff("MDT_SMTP_STARTTLS", false));
    }

    boolean logsIn() {
        return user.isPresent();
    }

    /**
     * The options of {@code create-javamail-resource} that say whether to log in: SMTP AUTH
     * with the password referenced by its alias, or none. Asadmin requires a user name even
     * without a login; the sender address stands in for it then, unused.
     */
    String loginOptions(String passwordAlias) {
        return logsIn()
                ? "--mailuser " + user.get() + " --auth true --password ${ALIAS=" + passwordAlias + "}"
                : "--mailuser " + from + " --auth false";
    }

    private static String checked(String name, String value, Pattern shape, String what) {
        if (!shape.matcher(value).matches()) {
            throw new InvalidSettingException(name + " must be " + what + ", got '" + value + "'");
        }
        return value;
    }
}
