package io.mdt.security.boundary;

import io.mdt.audit.boundary.AuditRecorder;
import io.mdt.platform.boundary.Correlation;
import io.mdt.platform.control.StorableText;
import io.mdt.platform.entity.InstantConverter;
import io.mdt.security.control.PasswordHash;
import io.mdt.security.entity.Role;
import io.mdt.security.entity.SignIn;
import io.mdt.security.entity.UserAccount;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The built-in user store: signing in with a password, and the accounts administrators keep.
 * Each public method is one transaction; a failed sign-in commits too, so that it counts
 * towards the account's lock. MDT always keeps one enabled administrator: a change that would
 * leave none is refused.
 */
@Stateless
public class Users {

    private static final Logger LOG = Correlation.logger(Users.class);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditRecorder audit;

    /**
     * The caller a name and password belong to, or empty. Why not (unknown name, wrong password,
     * locked, disabled) is logged for operators and written to the audit log, never told to the
     * client.
     */
    public Optional<Caller> signIn(String name, String password) {
        if (name == null || password == null || password.length() > Drafts.MAX_PASSWORD) {
            audit.refused(name, "password", "no name or password, or a password too long");
            return Optional.empty();
        }
        var account = byName(name, LockModeType.PESSIMISTIC_WRITE);
        if (account.isEmpty()) {
            PasswordHash.spendVerificationTime(password);
            LOG.info(() -> "sign-in refused: no account named " + quoted(name));
            audit.refused(name, "password", "no such account");
            return Optional.empty();
        }
        var user = account.get();
        var outcome = user.signIn(password, InstantConverter.now());
        if (outcome != SignIn.ACCEPTED) {
            LOG.info(() -> "sign-in refused for " + user.getName() + ": " + outcome);
            audit.refused(user.getName(), "password", outcome.name().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        audit.signedIn(user.getName(), "password");
        return Optional.of(
                new Caller(user.getName(), user.getRole().grantedNames(), user.getTeams(), null, "password"));
    }

    public UserSummary create(UserDraft draft) {
        var drafts = new Drafts();
        var name = drafts.userName(draft.name());
        var password = drafts.password(draft.password());
        var role = drafts.role(draft.role());
        var teams = drafts.teams(draft.teams());
        drafts.raise();
        if (byName(name, LockModeType.NONE).isPresent()) {
            throw new SecurityConflictException("another account is already named '" + name + "'");
        }
        var user = new UserAccount(name, PasswordHash.of(password), role, teams, InstantConverter.now());
        em.persist(user);
        em.flush();
        return UserSummary.of(user);
    }

    /**
     * Creates the first administrator when the store has no account at all, as the first start
     * of MDT does with the password it generated; whether it did.
     */
    public boolean createFirstAdmin(String name, String password) {
        if (em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult() > 0) {
            return false;
        }
        create(new UserDraft(name, password, Role.ADMIN.roleName(), List.of()));
        return true;
    }

    public List<UserSummary> list() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class)
                .getResultStream()
                .map(UserSummary::of)
                .toList();
    }

    public UserSummary get(long id) {
        return UserSummary.of(find(id));
    }

    public UserSummary change(long id, UserChange change) {
        var drafts = new Drafts();
        var user = find(id);
        var role = change.role() == null ? user.getRole() : drafts.role(change.role());
        var password = change.password() == null ? null : drafts.password(change.password());
        var teams = change.teams() == null ? user.getTeams() : drafts.teams(change.teams());
        drafts.raise();
        boolean enabled = change.enabled() == null ? user.isEnabled() : change.enabled();
        if (user.isActiveAdmin() && (role != Role.ADMIN || !enabled)) {
            requireAnotherAdmin();
        }
        var now = InstantConverter.now();
        user.change(role, enabled, now);
        user.joinOnly(teams, now);
        if (password != null) {
            user.changePassword(PasswordHash.of(password), now);
        }
        return UserSummary.of(user);
    }

    public void delete(long id) {
        var user = find(id);
        if (user.isActiveAdmin()) {
            requireAnotherAdmin();
        }
        em.remove(user);
    }

    private void requireAnotherAdmin() {
        if (em.createNamedQuery(UserAccount.COUNT_ADMINS, Long.class).getSingleResult() <= 1) {
            throw new SecurityConflictException("MDT must keep one enabled administrator; this is the last one");
        }
    }

    private Optional<UserAccount> byName(String name, LockModeType lock) {
        return em.createNamedQuery(UserAccount.BY_NAME, UserAccount.class)
                .setParameter("name", name)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private UserAccount find(long id) {
        var user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new SecurityNotFoundException("account", id);
        }
        return user;
    }

    private static String quoted(String name) {
        return StorableText.quote(name.length() > 100 ? name.substring(0, 100) : name);
    }
}
