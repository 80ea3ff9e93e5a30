package io.mdt.security.web;

import io.mdt.audit.boundary.AuditRecorder;
import io.mdt.platform.boundary.Correlation;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The two ends of a single sign-on. {@code /oidc/login?next=PAGE} keeps a new
 * {@link PendingSignIn} in the session and sends the browser to the provider;
 * {@value SingleSignOn#CALLBACK} is where the provider sends it back with a code. The callback
 * takes the pending sign-in out of the session (it is good for one answer), checks the state,
 * exchanges the code and verifies the ID token, then signs the caller in as the sign-in form
 * does: a new session id, the caller in the session. Whatever goes wrong (consent denied, a
 * state of another sign-in, a failed exchange, a bad token), the browser is sent to the sign-in
 * page with one generic message, and the reason goes to the log.
 */
@WebServlet(
        name = "SingleSignOn",
        urlPatterns = {"/oidc/login", SingleSignOn.CALLBACK})
public class SingleSignOnEndpoints extends HttpServlet {

    static final String PENDING = PendingSignIn.class.getName();
    /** The session attribute holding the ID token of a single sign-on, the hint for signing out. */
    public static final String ID_TOKEN = SingleSignOn.class.getName() + ".idToken";

    private static final Logger LOG = Correlation.logger(SingleSignOnEndpoints.class);

    @Inject
    transient SingleSignOn sso;

    @Inject
    transient AuditRecorder audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sso.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (SingleSignOn.CALLBACK.equals(request.getServletPath())) {
            callback(request, response);
        } else {
            login(request, response);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var pending = PendingSignIn.start(request.getParameter("next"));
        try {
            var authorization = sso.authorizationRequest(pending);
            request.getSession(true).setAttribute(PENDING, pending);
            response.sendRedirect(authorization.toString());
        } catch (IOException | RuntimeException e) {
            fail(request, response, pending.next(), "the provider's discovery document cannot be read: " + e);
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var session = request.getSession(false);
        var pending = session == null ? null : session.getAttribute(PENDING);
        if (!(pending instanceof PendingSignIn signIn)) {
            fail(request, response, "/", "no sign-in is pending in this browser's session (expired, or used)");
            return;
        }
        session.removeAttribute(PENDING);
        if (!signIn.answers(request.getParameter("state"))) {
            fail(request, response, signIn.next(), "the answer's state is not this sign-in's");
            return;
        }
        var error = request.getParameter("error");
        var code = request.getParameter("code");
        if (error != null || code == null) {
            fail(
                    request,
                    response,
                    signIn.next(),
                    "the provider answered error=" + error + ": " + request.getParameter("error_description"));
            return;
        }
        try {
            var signedIn = sso.complete(code, signIn);
            request.changeSessionId();
            session.setAttribute(MdtAuthentication.SESSION_CALLER, signedIn.caller());
            session.setAttribute(ID_TOKEN, signedIn.idToken());
            audit.signedIn(signedIn.caller().name(), SingleSignOn.VIA);
            response.sendRedirect(request.getContextPath() + signIn.next());
        } catch (IOException | InvalidTokenException | RuntimeException e) {
            fail(request, response, signIn.next(), "the code exchange or the ID token failed: " + e.getMessage());
        }
    }

    private void fail(HttpServletRequest request, HttpServletResponse response, String next, String reason)
            throws IOException {
        var printable = reason.replaceAll("\\p{Cntrl}", "?");
        LOG.warning(() -> "single sign-on failed: " + printable);
        audit.refused(null, SingleSignOn.VIA, printable);
        response.sendRedirect(request.getContextPath() + PageAccess.SIGN_IN + "?failed=sso&next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
}
