package io.mdt.alerting.view;

import io.mdt.registry.boundary.ModelValidationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Tells the reader of a page what happened or why it could not, instead of an error page. */
final class PageMessages {

    private PageMessages() {}

    static void info(String message) {
        add(FacesMessage.SEVERITY_INFO, message);
    }

    static void warn(String message) {
        add(FacesMessage.SEVERITY_WARN, message);
    }

    /** One message per rule the request broke, and marks the request failed so that its dialog stays open. */
    static void refused(ModelValidationException invalid) {
        invalid.violations().forEach(v -> add(FacesMessage.SEVERITY_ERROR, v.field() + " " + v.message()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A refusal in one message, and marks the request failed so that its dialog stays open. */
    static void refused(RuntimeException refusal) {
        add(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
    }
}
