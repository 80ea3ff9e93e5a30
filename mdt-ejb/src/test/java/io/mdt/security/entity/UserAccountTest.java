package io.mdt.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdt.security.control.PasswordHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String HASH = PasswordHash.of("the right password");

    @Test
    void theRightPasswordSignsInAndRecordsIt() {
        var user = new UserAccount("ada", HASH, Role.ENGINEER, Set.of("fraud"), NOW);
        assertThat(user.signIn("the right password", NOW)).isEqualTo(SignIn.ACCEPTED);
        assertThat(user.getLastLogin()).isEqualTo(NOW);
    }

    @Test
    void fiveFailuresLockTheAccountAndTheRightPasswordWaitsForTheLockToEnd() {
        var user = new UserAccount("ada", HASH, Role.ENGINEER, Set.of("fraud"), NOW);
        for (int i = 0; i < 4; i++) {
            assertThat(user.signIn("wrong", NOW)).isEqualTo(SignIn.WRONG_PASSWORD);
            assertThat(user.isLocked(NOW)).isFalse();
        }
        assertThat(user.signIn("wrong", NOW)).isEqualTo(SignIn.WRONG_PASSWORD);
        assertThat(user.isLocked(NOW)).isTrue();
        assertThat(user.signIn("the right password", NOW.plusSeconds(30))).isEqualTo(SignIn.LOCKED);
        assertThat(user.signIn("the right password", NOW.plusSeconds(61))).isEqualTo(SignIn.ACCEPTED);
        assertThat(user.isLocked(NOW.plusSeconds(61))).isFalse();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToAnHour() {
        assertThat(UserAccount.lockPeriod(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(UserAccount.lockPeriod(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(UserAccount.lockPeriod(5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(UserAccount.lockPeriod(6)).isEqualTo(Duration.ofHours(1));
        assertThat(UserAccount.lockPeriod(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        var user = new UserAccount("ada", HASH, Role.VIEWER, Set.of("fraud"), NOW);
        user.change(Role.VIEWER, false, NOW);
        assertThat(user.signIn("the right password", NOW)).isEqualTo(SignIn.DISABLED);
    }

    @Test
    void aNewPasswordLiftsTheLock() {
        var user = new UserAccount("ada", HASH, Role.VIEWER, Set.of("fraud"), NOW);
        for (int i = 0; i < 5; i++) {
            user.signIn("wrong", NOW);
        }
        user.changePassword(PasswordHash.of("a new password!"), NOW);
        assertThat(user.signIn("a new password!", NOW)).isEqualTo(SignIn.ACCEPTED);
    }
}
