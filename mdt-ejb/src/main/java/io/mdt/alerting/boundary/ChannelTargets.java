package io.mdt.alerting.boundary;

import io.mdt.alerting.entity.BodyFormat;
import io.mdt.alerting.entity.ChannelKind;
import io.mdt.platform.control.StorableText;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * What each kind of channel needs to reach its target, and nothing it does not use: a
 * webhook and an Alertmanager an http(s) URL (a webhook also a body format), an e-mail channel
 * its recipients, the JMS topic nothing. A member that a kind does not use is refused rather
 * than stored unused.
 */
final class ChannelTargets {

    static final int MAX_URL = 2000;
    static final int MAX_SECRET = 500;
    static final int MOST_RECIPIENTS = 50;
    static final int MAX_ADDRESS = 320;

    private final ChannelKind kind;
    private final Violations violations;

    ChannelTargets(ChannelKind kind, Violations violations) {
        this.kind = kind;
        this.violations = violations;
    }

    static ChannelKind kind(String text, Violations violations) {
        var choices = Arrays.toString(ChannelKind.values());
        if (text == null || text.isBlank()) {
            violations.add("kind", "is required: one of " + choices);
            return null;
        }
        try {
            return ChannelKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            violations.add("kind", "must be one of " + choices);
            return null;
        }
    }

    private boolean overHttp() {
        return kind == ChannelKind.WEBHOOK || kind == ChannelKind.ALERTMANAGER;
    }

    String url(String text) {
        if (!overHttp()) {
            unused("url", text, "WEBHOOK and ALERTMANAGER");
            return null;
        }
        var url = violations.text("url", text, MAX_URL);
        if (url == null) {
            return null;
        }
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                violations.add(
                        "url", "must be an absolute http or https URL with a host, e.g. https://hooks.example.com/mdt");
                return null;
            }
            if (uri.getRawUserInfo() != null) {
                violations.add(
                        "url", "must not hold credentials, which every reader of the channel would see; use secret");
                return null;
            }
            return url;
        } catch (URISyntaxException e) {
            violations.add("url", "is not a URL: " + e.getReason());
            return null;
        }
    }

    BodyFormat format(String text) {
        if (kind != ChannelKind.WEBHOOK) {
            unused("format", text, "WEBHOOK");
            return null;
        }
        if (text == null) {
            return BodyFormat.ALERTMANAGER;
        }
        try {
            return BodyFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            violations.add("format", "must be one of " + Arrays.toString(BodyFormat.values()));
            return null;
        }
    }

    /** The secret as the channel takes it: null keeps the one it has, "" removes it. */
    String secret(String text) {
        if (!overHttp()) {
            if (text != null && !text.isEmpty()) {
                unused("secret", text, "WEBHOOK and ALERTMANAGER");
            }
            return "";
        }
        if (text == null || text.isEmpty()) {
            return text;
        }
        var problem = StorableText.problem(text);
        if (problem != null) {
            violations.add("secret", problem);
        } else if (text.length() > MAX_SECRET) {
            violations.add("secret", "must be at most " + MAX_SECRET + " characters");
        }
        return text;
    }

    List<String> recipients(List<String> addresses) {
        if (kind != ChannelKind.EMAIL) {
            if (addresses != null && !addresses.isEmpty()) {
                unused("recipients", "", "EMAIL");
            }
            return List.of();
        }
        if (addresses == null || addresses.isEmpty() || addresses.size() > MOST_RECIPIENTS) {
            violations.add("recipients", "must list 1 to " + MOST_RECIPIENTS + " e-mail addresses");
            return List.of();
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < addresses.size(); i++) {
            var problem = addressProblem(addresses.get(i));
            if (problem == null && !seen.add(addresses.get(i).strip())) {
                problem = "repeats an address";
            }
            if (problem != null) {
                violations.add("recipients[" + i + "]", problem);
            }
        }
        return addresses.stream().map(a -> a == null ? null : a.strip()).toList();
    }

    private static String addressProblem(String address) {
        if (address == null || address.isBlank()) {
            return "must be an e-mail address";
        }
        if (address.length() > MAX_ADDRESS || !StorableText.storable(address)) {
            return "must be an e-mail address of at most " + MAX_ADDRESS + " characters";
        }
        try {
            new InternetAddress(address.strip(), true).validate();
            return null;
        } catch (AddressException e) {
            return "is not an e-mail address: " + e.getMessage();
        }
    }

    private void unused(String field, String text, String kinds) {
        if (text != null && kind != null) {
            violations.add(field, "is only for " + kinds + " channels, not " + kind);
        }
    }
}
