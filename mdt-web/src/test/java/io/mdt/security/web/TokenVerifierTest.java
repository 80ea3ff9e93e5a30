package io.mdt.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of token MicroProfile JWT refuses, against a key set of the test's own. */
class TokenVerifierTest {

    private static final String ISSUER = "http://idp.test/realms/mdt";
    private static RSAKey key;
    private static RSAKey stranger;
    private static TokenVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
        verifier = new TokenVerifier(ISSUER, "mdt", new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())));
    }

    private static JWTClaimsSet.Builder claims() {
        var now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience("mdt")
                .subject("f81d4fae")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "ada")
                .claim("groups", List.of("mdt-engineer", "offline_access"));
    }

    private static String signed(RSAKey with, JWSHeader header, UnaryOperator<JWTClaimsSet.Builder> change)
            throws Exception {
        var jwt = new SignedJWT(header, change.apply(claims()).build());
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private static String signed(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return signed(
                key,
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID("k1")
                        .build(),
                change);
    }

    @Test
    void aValidTokenGivesItsNameAndGroups() throws Exception {
        var claims = verifier.verify(signed(c -> c));
        assertThat(claims.name()).isEqualTo("ada");
        assertThat(claims.groups()).containsExactlyInAnyOrder("mdt-engineer", "offline_access");
    }

    @Test
    void withoutAPreferredUsernameTheSubjectNamesTheCaller() throws Exception {
        assertThat(verifier.verify(signed(c -> c.claim("preferred_username", null)))
                        .name())
                .isEqualTo("f81d4fae");
    }

    @Test
    void refusesExpiredNotYetValidWrongIssuerAndWrongAudience() throws Exception {
        var past = Date.from(Instant.now().minusSeconds(600));
        var future = Date.from(Instant.now().plusSeconds(600));
        for (var change : List.<UnaryOperator<JWTClaimsSet.Builder>>of(
                c -> c.expirationTime(past),
                c -> c.notBeforeTime(future),
                c -> c.issuer("http://evil.test/realms/mdt"),
                c -> c.audience("another-api"),
                c -> c.audience((String) null),
                c -> c.subject(null),
                c -> c.issueTime(null),
                c -> c.expirationTime(null))) {
            var token = signed(change);
            assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void refusesATokenSignedByAnotherKeyOrTamperedWith() throws Exception {
        var foreign = signed(
                stranger,
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID("k1")
                        .build(),
                c -> c);
        assertThatThrownBy(() -> verifier.verify(foreign)).isInstanceOf(InvalidTokenException.class);

        var parts = signed(c -> c).split("\\.");
        var forged = Base64URL.encode(claims().claim("groups", List.of("mdt-admin"))
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
        var tampered = parts[0] + "." + forged + "." + parts[2];
        assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesUnsignedTokensAndOtherTypes() throws Exception {
        var none = new PlainJWT(claims().build()).serialize();
        assertThatThrownBy(() -> verifier.verify(none)).isInstanceOf(InvalidTokenException.class);

        var unlistedAlgorithm = signed(
                key,
                new JWSHeader.Builder(JWSAlgorithm.RS512)
                        .type(JOSEObjectType.JWT)
                        .keyID("k1")
                        .build(),
                c -> c);
        assertThatThrownBy(() -> verifier.verify(unlistedAlgorithm)).isInstanceOf(InvalidTokenException.class);

        var logoutToken = signed(
                key,
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(new JOSEObjectType("logout+jwt"))
                        .keyID("k1")
                        .build(),
                c -> c);
        assertThatThrownBy(() -> verifier.verify(logoutToken)).isInstanceOf(InvalidTokenException.class);

        assertThatThrownBy(() -> verifier.verify("not a token")).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void anIdTokenNeedsTheSignInsNonceTheClientAsAudienceAndGivesTheTeams() throws Exception {
        var client = new TokenVerifier(ISSUER, "mdt-dashboard", new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())));
        UnaryOperator<JWTClaimsSet.Builder> idToken = c -> c.audience("mdt-dashboard")
                .claim("nonce", "n-0S6_WzA2Mj")
                .claim("azp", "mdt-dashboard")
                .claim("teams", List.of("fraud-detection"));

        var claims = client.verifyIdToken(signed(idToken), "n-0S6_WzA2Mj");

        assertThat(claims.name()).isEqualTo("ada");
        assertThat(claims.teams()).containsExactly("fraud-detection");
        for (var wrong : List.<UnaryOperator<JWTClaimsSet.Builder>>of(
                c -> idToken.apply(c).claim("nonce", "another sign-in's"),
                c -> idToken.apply(c).claim("nonce", null),
                c -> idToken.apply(c).audience("mdt"),
                c -> idToken.apply(c).audience(List.of("mdt-dashboard", "mdt")).claim("azp", "mdt-ingest"),
                c -> idToken.apply(c).issuer("http://evil.test/realms/mdt"))) {
            var token = signed(wrong);
            assertThatThrownBy(() -> client.verifyIdToken(token, "n-0S6_WzA2Mj"))
                    .isInstanceOf(InvalidTokenException.class);
        }
    }
}
