package io.mdt.security.entity;

import io.mdt.security.control.PasswordHash;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A person of the built-in user store. Consecutive failed sign-ins beyond {@link #FREE_FAILURES}
 * lock the account, for a minute and then twice as long after each further failure, up to an
 * hour; while it is locked even the right password is refused, so guessing gains nothing. The
 * lock is kept in the database, so it holds across the instances of a cluster.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_NAME, query = "SELECT u FROM UserAccount u WHERE LOWER(u.name) = LOWER(:name)")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.name")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(
        name = UserAccount.COUNT_ADMINS,
        query =
                "SELECT COUNT(u) FROM UserAccount u WHERE u.role = io.mdt.security.entity.Role.ADMIN AND u.enabled = TRUE")
public class UserAccount {

    public static final String BY_NAME = "UserAccount.byName";
    public static final String ALL = "UserAccount.all";
    public static final String COUNT = "UserAccount.count";
    public static final String COUNT_ADMINS = "UserAccount.countAdmins";

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_team", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "team", nullable = false, length = 100)
    private Set<String> teams = new HashSet<>();

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login")
    private Instant lastLogin;

    @Column(nullable = false)
    private Instant created;

    @Column(nullable = false)
    private Instant updated;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(String name, String passwordHash, Role role, Set<String> teams, Instant now) {
        this.name = name;
        this.passwordHash = passwordHash;
        this.role = role;
        this.teams = new HashSet<>(teams);
        this.enabled = true;
        this.created = now;
        this.updated = now;
    }

    /** Checks a password, counting failures and locking the account as described above. */
    public SignIn signIn(String password, Instant now) {
        if (!enabled) {
            PasswordHash.spendVerificationTime(password);
            return SignIn.DISABLED;
        }
        if (isLocked(now)) {
            PasswordHash.spendVerificationTime(password);
            return SignIn.LOCKED;
        }
        if (!PasswordHash.matches(password, passwordHash)) {
            failedLogins++;
            if (failedLogins >= FREE_FAILURES) {
                lockedUntil = now.plus(lockPeriod(failedLogins - FREE_FAILURES));
            }
            return SignIn.WRONG_PASSWORD;
        }
        failedLogins = 0;
        lockedUntil = null;
        lastLogin = now;
        return SignIn.ACCEPTED;
    }

    /** Puts the account in these teams, and in no other: it sees their models. */
    public void joinOnly(Set<String> teams, Instant now) {
        this.teams.clear();
        this.teams.addAll(teams);
        this.updated = now;
    }

    public Set<String> getTeams() {
        return Set.copyOf(teams);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The lock after the n-th failure beyond the free ones (0 for the first). */
    static Duration lockPeriod(int beyondFree) {
        var period = FIRST_LOCK.multipliedBy(1L << Math.min(beyondFree, 10));
        return period.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : period;
    }

    public void change(Role role, boolean enabled, Instant now) {
        this.role = role;
        this.enabled = enabled;
        this.updated = now;
    }

    /** A new password also lifts a lock: an administrator set it. */
    public void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
        this.updated = now;
    }

    public boolean isActiveAdmin() {
        return enabled && role == Role.ADMIN;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

    public Instant getCreated() {
        return created;
    }

    public Instant getUpdated() {
        return updated;
    }
}
