package io.mdt.security.boundary;

import io.mdt.platform.boundary.Correlation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the administrator {@code admin} as MDT deploys, when the user store is empty and the
 * launcher handed over a password for it ({@code mdt.security.initial-admin-password}, a password
 * alias). Without either, nothing happens: a store with accounts is never touched.
 */
@Singleton
@Startup
public class FirstAdmin {

    static final String NAME = "admin";

    private static final Logger LOG = Correlation.logger(FirstAdmin.class);

    @Inject
    Users users;

    @Inject
    @ConfigProperty(name = "mdt.security.initial-admin-password")
    Optional<String> password;

    @PostConstruct
    void createWhenNoAccount() {
        var initial = password.filter(p -> !p.isBlank());
        if (initial.isEmpty()) {
            return;
        }
        try {
            if (users.createFirstAdmin(NAME, initial.get())) {
                LOG.info("created the first administrator, " + NAME);
            }
        } catch (EJBException | SecurityConflictException e) {
            LOG.warning("the first administrator was not created (another instance may have): " + e.getMessage());
        }
    }
}
