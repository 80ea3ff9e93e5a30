package io.mdt.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotsTest {

    private static final Set<String> BOOKKEEPING = Set.of("version", "updated", "last_login");

    @Test
    void aChangeOfBookkeepingOnlyIsNoChange() {
        var before = Snapshots.parse("{\"id\": 1, \"name\": \"a\", \"version\": 1, \"last_login\": null}");
        var after = Snapshots.parse("{\"id\": 1, \"name\": \"a\", \"version\": 2, \"last_login\": \"2026-01-01\"}");

        assertThat(Snapshots.changed(before, after, BOOKKEEPING)).isFalse();
    }

    @Test
    void anyOtherColumnIsAChangeAddedAndRemovedOnesToo() {
        var before = Snapshots.parse("{\"id\": 1, \"role\": \"VIEWER\"}");

        assertThat(Snapshots.changed(before, Snapshots.parse("{\"id\": 1, \"role\": \"ADMIN\"}"), BOOKKEEPING))
                .isTrue();
        assertThat(Snapshots.changed(before, Snapshots.parse("{\"id\": 1}"), BOOKKEEPING))
                .isTrue();
        assertThat(Snapshots.changed(before, Snapshots.parse("{\"id\": 1, \"role\": \"VIEWER\"}"), BOOKKEEPING))
                .isFalse();
    }

    @Test
    void masksASecretAndTellsWhetherItChanged() {
        var before = Snapshots.parse("{\"id\": 1, \"password_hash\": \"pbkdf2$old\"}");
        var after = Snapshots.parse("{\"id\": 1, \"password_hash\": \"pbkdf2$new\"}");
        var masked = Set.of("password_hash");

        assertThat(Snapshots.masked(before, masked, after).getString("password_hash"))
                .isEqualTo("[changed]");
        assertThat(Snapshots.masked(after, masked, after).getString("password_hash"))
                .isEqualTo("[masked]");
        assertThat(Snapshots.masked(after, masked, null).getString("password_hash"))
                .isEqualTo("[masked]");
        assertThat(Snapshots.masked(after, masked, before).toString()).doesNotContain("pbkdf2");
    }

    @Test
    void masksAWebAddressButItsOrigin() {
        var before = Snapshots.parse("{\"url\": \"https://hooks.example.com/services/T0/B0/token?x=1\"}");
        var after = Snapshots.parse("{\"url\": \"http://relay.example.org:8443/hook/other-token\"}");

        assertThat(Snapshots.masked(before, Set.of("url"), after).getString("url"))
                .isEqualTo("https://hooks.example.com/[changed]");
        assertThat(Snapshots.masked(after, Set.of("url"), after).getString("url"))
                .isEqualTo("http://relay.example.org:8443/[masked]");
        assertThat(Snapshots.masked(Snapshots.parse("{\"url\": \"mailto:ops@example.com\"}"), Set.of("url"), null)
                        .getString("url"))
                .isEqualTo("[masked]");
    }

    @Test
    void leavesAnEmptySecretEmptySoThatItsRemovalShows() {
        var row = Snapshots.parse("{\"id\": 1, \"secret\": null}");

        assertThat(Snapshots.masked(row, Set.of("secret"), null)).isEqualTo(row);
    }

    @Test
    void readsAColumnAsText() {
        var row = Snapshots.parse("{\"name\": \"churn\", \"id\": 7, \"owner\": null}");

        assertThat(Snapshots.text(row, "name")).isEqualTo("churn");
        assertThat(Snapshots.text(row, "id")).isEqualTo("7");
        assertThat(Snapshots.text(row, "owner")).isNull();
        assertThat(Snapshots.text(row, null)).isNull();
    }
}
