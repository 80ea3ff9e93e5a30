package io.mdt.monitoring.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Tells the reader of a page what it cannot show, instead of an error page. */
final class PageMessages {

    private PageMessages() {}

    static void warn(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    }
}
