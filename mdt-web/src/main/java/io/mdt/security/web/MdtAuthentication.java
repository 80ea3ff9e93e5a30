package io.mdt.security.web;

import io.mdt.audit.boundary.AuditRecorder;
import io.mdt.audit.boundary.AuditRequest;
import io.mdt.security.boundary.ApiKeys;
import io.mdt.security.boundary.Caller;
import io.mdt.security.boundary.RequestCaller;
import io.mdt.security.boundary.Users;
import io.mdt.security.control.KeySecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * MDT's one authentication mechanism. A request proves its caller by, in this order: the
 * sign-in form's credential (handed over by {@code SecurityContext.authenticate}), an
 * {@code Authorization} header (a bearer API key or token, or HTTP Basic with a built-in
 * account), or the dashboard session an earlier sign-in started. A request with none goes on
 * anonymously, and {@link PageAccess} and {@link ApiAccess} decide what it may reach; a request
 * with a wrong credential is refused here with 401, never treated as anonymous.
 *
 * <p>API calls neither create nor use a session: only the sign-in form starts one, with a new
 * session id, and only pages read it.
 */
@ApplicationScoped
public class MdtAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = Caller.class.getName();

    @Inject
    Users users;

    @Inject
    ApiKeys apiKeys;

    @Inject
    BearerTokens tokens;

    @Inject
    RequestCaller requestCaller;

    @Inject
    AuditRequest auditRequest;

    @Inject
    AuditRecorder audit;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        auditRequest.enter(request.getRemoteAddr(), request.getMethod(), request.getRequestURI());
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
            var caller = users.signIn(form.getCaller(), form.getPasswordAsString());
            if (caller.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_CALLER, caller.get());
            return admit(request, context, caller.get());
        }
        var header = request.getHeader("Authorization");
        if (header != null) {
            var caller = fromHeader(header);
            return caller.isPresent() ? admit(request, context, caller.get()) : refuse(response);
        }
        var session = isApi(request) ? null : request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof Caller caller) {
            return admit(request, context, caller);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * API calls must carry their credential in a header: a dashboard session cookie does not
     * reach the API, so another site cannot make a signed-in browser call it.
     */
    static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api/");
    }

    private Optional<Caller> fromHeader(String header) {
        var credential = Credential.parse(header);
        if (credential.isEmpty()) {
            audit.refused(null, "unknown", "an Authorization header of no known scheme, or malformed");
            return Optional.empty();
        }
        if (credential.get() instanceof Credential.Basic basic) {
            return users.signIn(basic.name(), basic.password());
        }
        var token = ((Credential.Bearer) credential.get()).token();
        if (KeySecrets.looksLikeKey(token)) {
            var caller = apiKeys.authenticate(token);
            if (caller.isEmpty()) {
                audit.refused(KeySecrets.prefix(token), "api-key", "no such key, or expired or revoked");
            }
            return caller;
        }
        var caller = tokens.verify(token);
        if (caller.isEmpty()) {
            audit.refused(PresentedName.ofToken(token), "token", "not a valid token of the identity provider");
        }
        return caller;
    }

    private AuthenticationStatus admit(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.setAttribute(SESSION_CALLER, caller);
        requestCaller.enter(caller);
        return context.notifyContainerAboutLogin(caller.name(), caller.roles());
    }

    /** 401 as a problem, written and committed here so that no error page replaces it. */
    private static AuthenticationStatus refuse(HttpServletResponse response) {
        try {
            AccessProblems.write(
                    response,
                    AccessProblems.unauthenticated(
                            "the credential is not valid: unknown, wrong, expired, revoked or locked"));
        } catch (IOException clientGone) {
            // The client closed the connection; there is nobody left to tell.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
