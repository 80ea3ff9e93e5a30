package io.mdt.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class SingleSignOnTest {

    @Test
    void clientCredentialsAreFormEncodedBeforeBase64AsRfc6749Says() {
        var header = new String(
                Base64.getDecoder().decode(SingleSignOn.basic("mdt dashboard", "s3cr:t+/=")), StandardCharsets.UTF_8);

        assertThat(header).isEqualTo("mdt+dashboard:s3cr%3At%2B%2F%3D");
    }

    @Test
    void addsEncodedParametersToAnEndpointWithOrWithoutAQuery() {
        var params = new LinkedHashMap<String, String>();
        params.put("redirect_uri", "http://127.0.0.1:8080/oidc/callback");
        params.put("state", "a b&c");

        assertThat(SingleSignOn.withQuery(URI.create("http://idp/auth"), params))
                .hasToString(
                        "http://idp/auth?redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Foidc%2Fcallback&state=a+b%26c");
        assertThat(SingleSignOn.withQuery(URI.create("http://idp/auth?tenant=x"), params)
                        .getRawQuery())
                .startsWith("tenant=x&redirect_uri=");
    }
}
