package io.mdt.security.view;

import io.mdt.security.web.NextPage;
import io.mdt.security.web.SingleSignOn;
import io.mdt.security.web.SingleSignOnEndpoints;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The sign-in page: the form of the built-in user store and, when an identity provider is
 * configured, the way to single sign-on with it. Whatever went wrong (unknown name, wrong
 * password, locked or disabled account; a failed single sign-on), the user reads the same
 * message, so that the page tells an attacker nothing. After signing in, the user goes on to
 * the page asked for, if it is one of MDT's. Signing out of a single sign-on ends the
 * provider's session too.
 */
@Named
@RequestScoped
public class SignInView {

    static final String FAILED = "Sign-in failed: the name or password is wrong, or the account is locked or disabled.";

    static final String SSO_FAILED = "Single sign-on failed. Try again, or sign in with an account of MDT.";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    SingleSignOn sso;

    private String name;
    private String password;
    private String next;
    private String failed;

    public void signIn() throws IOException {
        var external = faces.getExternalContext();
        var status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                name == null ? "" : name, new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + NextPage.of(next));
            faces.responseComplete();
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
        }
    }

    /** Shows why the provider sent the browser back, when a single sign-on failed. */
    public void showFailure() {
        if ("sso".equals(failed)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, SSO_FAILED, null));
        }
    }

    /** Ends the session; after a single sign-on, at the provider too, which then comes back here. */
    public void signOut() throws IOException {
        ExternalContext external = faces.getExternalContext();
        var session = (HttpSession) external.getSession(false);
        var idToken = session == null
                ? Optional.<String>empty()
                : Optional.ofNullable((String) session.getAttribute(SingleSignOnEndpoints.ID_TOKEN));
        external.invalidateSession();
        var providerSignOut = idToken.flatMap(sso::endSession);
        external.redirect(
                providerSignOut.isPresent()
                        ? providerSignOut.get().toString()
                        : external.getRequestContextPath() + "/login.xhtml");
        faces.responseComplete();
    }

    public boolean isSingleSignOn() {
        return sso.enabled();
    }

    public String getProviderName() {
        return sso.providerName();
    }

    /** The page that starts a single sign-on, going on to {@code next} afterwards. */
    public String getSingleSignOnUrl() {
        return faces.getExternalContext().getRequestContextPath() + "/oidc/login?next="
                + URLEncoder.encode(NextPage.of(next), StandardCharsets.UTF_8);
    }

    public String getFailed() {
        return failed;
    }

    public void setFailed(String failed) {
        this.failed = failed;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
