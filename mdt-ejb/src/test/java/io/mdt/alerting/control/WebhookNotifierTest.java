package io.mdt.alerting.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signatures checked against Python's {@code hmac.new(key, body, hashlib.sha256).hexdigest()}. */
class WebhookNotifierTest {

    @Test
    void signsTheBodyWithHmacSha256() {
        assertThat(WebhookNotifier.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
        assertThat(WebhookNotifier.hmac("sécret", "{\"status\":\"firing\"}"))
                .isEqualTo("243bb5edd0b396e8f2f444b911fd17d70200a9624ca950cbdb230e8e1b03e32e");
    }
}
