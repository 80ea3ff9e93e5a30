package io.mdt.security.web;

import io.mdt.security.boundary.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The caller of the current request, as {@link MdtAuthentication} established it. */
@Named
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    public Optional<Caller> get() {
        return request.getAttribute(MdtAuthentication.SESSION_CALLER) instanceof Caller caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    public boolean has(String role) {
        return get().map(caller -> caller.roles().contains(role)).orElse(false);
    }

    /** The caller's name, recorded as the author of what it does; {@code anonymous} without one. */
    public String name() {
        return get().map(Caller::name).orElse("anonymous");
    }
}
