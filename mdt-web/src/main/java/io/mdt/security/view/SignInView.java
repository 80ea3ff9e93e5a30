package io.mdt.security.view;

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
import java.io.IOException;

/**
 * The sign-in form of the built-in user store. Whatever went wrong (unknown name, wrong
 * password, locked or disabled account), the user reads the same message, so that the form
 * tells an attacker nothing. After signing in, the user goes on to the page asked for, if it
 * is one of MDT's.
 */
@Named
@RequestScoped
public class SignInView {

    static final String FAILED = "Sign-in failed: the name or password is wrong, or the account is locked or disabled.";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String name;
    private String password;
    private String next;

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
            external.redirect(external.getRequestContextPath() + target(next));
            faces.responseComplete();
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
        }
    }

    /** The page to go on to: a path of MDT's own, never another site. */
    static String target(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.contains("\r")
                || next.contains("\n")) {
            return "/";
        }
        return next;
    }

    public void signOut() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        faces.responseComplete();
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
