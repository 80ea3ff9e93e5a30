package io.mdt.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The caller of the request being served, for the boundaries that limit what it sees and record
 * who changed what. The web module's authentication enters it once per request. Work no request
 * started (timers, message-driven beans) has no caller here: it is MDT's own and sees everything.
 */
@RequestScoped
public class RequestCaller {

    private Caller caller;

    public void enter(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }
}
