package io.mdt.platform.view;

import io.mdt.registry.boundary.ModelValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Tells the reader of a page what happened or why it could not, instead of an error page: above
 * the page, or beside the field a refusal is about. A refusal marks the request failed, so that
 * the dialog it came from stays open with what was typed.
 */
public final class PageMessages {

    private PageMessages() {}

    public static void info(String message) {
        add(null, FacesMessage.SEVERITY_INFO, message);
    }

    public static void warn(String message) {
        add(null, FacesMessage.SEVERITY_WARN, message);
    }

    /** One message per rule the request broke, above the page. */
    public static void refused(ModelValidationException invalid) {
        invalid.violations().forEach(v -> add(null, FacesMessage.SEVERITY_ERROR, v.field() + " " + v.message()));
        failed();
    }

    /** A refusal in one message, above the page. */
    public static void refused(RuntimeException refusal) {
        refusedBeside(null, refusal.getMessage());
    }

    /** A refusal beside the component of this client id ({@code form:field}), or above the page for null. */
    public static void refusedBeside(String clientId, String message) {
        add(clientId, FacesMessage.SEVERITY_ERROR, message);
        failed();
    }

    private static void failed() {
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, message, null));
    }
}
