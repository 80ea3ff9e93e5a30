package io.mdt.alerting.view;

import io.mdt.alerting.boundary.ChannelDraft;
import java.io.Serializable;
import java.util.Arrays;

/** The new channel's fields. */
public class ChannelForm implements Serializable {

    private String name;
    private String kind = "WEBHOOK";
    private String url;
    private String format = "ALERTMANAGER";
    private String recipients;
    private String secret;

    ChannelDraft draft() {
        boolean email = "EMAIL".equals(kind);
        boolean webhook = "WEBHOOK".equals(kind);
        return new ChannelDraft(
                name,
                kind,
                email || "JMS".equals(kind) ? null : url,
                webhook ? format : null,
                webhook && secret != null && !secret.isEmpty() ? secret : null,
                email && recipients != null
                        ? Arrays.stream(recipients.split("[,;\\s]+"))
                                .filter(s -> !s.isBlank())
                                .toList()
                        : null,
                null,
                null,
                true);
    }

    void clear() {
        name = null;
        url = null;
        recipients = null;
        secret = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }
}
