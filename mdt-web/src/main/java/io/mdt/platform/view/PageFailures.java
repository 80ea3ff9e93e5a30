package io.mdt.platform.view;

import io.mdt.platform.boundary.Correlation;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a page does when its request fails, so that a user never meets a server's error report
 * or an action that silently does nothing.
 *
 * <ul>
 *   <li>A page kept open past its session's views ({@link ViewExpiredException}) is opened
 *       again from its own address, signing in first if the session ended: what the user did
 *       is asked for again rather than lost without a word.
 *   <li>Any other failure is logged once with an incident number and the user sees the error
 *       page with that number ({@code error.xhtml}), for Ajax requests too, whose failures
 *       Faces would otherwise leave in the browser's console. The page shows no detail of the
 *       failure: administrators find it in the server log by its number.
 * </ul>
 */
final class PageFailures extends ExceptionHandlerWrapper {

    static final String INCIDENT = "mdt.incident";
    static final String ERROR_PAGE = "/error.xhtml";
    private static final Logger LOG = Correlation.logger(PageFailures.class);

    PageFailures(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        var events = getUnhandledExceptionQueuedEvents().iterator();
        if (events.hasNext()) {
            var event = events.next();
            var faces = event.getContext().getContext();
            var failure = event.getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            try {
                answer(faces, failure);
            } catch (IOException e) {
                throw new FacesException("cannot answer a failed page request", e);
            }
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext faces, Throwable failure) throws IOException {
        var external = faces.getExternalContext();
        if (expired(failure)) {
            LOG.fine(() -> "an expired view was opened again: " + failure.getMessage());
            external.redirect(external.getRequestContextPath() + pageOf(faces));
            faces.responseComplete();
            return;
        }
        var incident = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        LOG.log(Level.SEVERE, failure, () -> "incident " + incident + " on " + external.getRequestServletPath());
        if (faces.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
            external.redirect(external.getRequestContextPath() + ERROR_PAGE + "?incident=" + incident);
            faces.responseComplete();
            return;
        }
        external.getRequestMap().put(INCIDENT, incident);
        external.responseSendError(500, "incident " + incident);
        faces.responseComplete();
    }

    private static boolean expired(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The address of the page in the browser: its {@code Referer}, a page of this application,
     * because a postback's own address has lost the page's parameters; else the page alone.
     */
    private static String pageOf(FacesContext faces) {
        var external = faces.getExternalContext();
        var context = external.getRequestContextPath();
        var referer = external.getRequestHeaderMap().get("Referer");
        if (referer != null) {
            try {
                var address = new URI(referer);
                var path = address.getRawPath();
                if (path != null && path.startsWith(context + "/") && path.endsWith(".xhtml")) {
                    var query = address.getRawQuery();
                    return path.substring(context.length()) + (query == null ? "" : "?" + query);
                }
            } catch (URISyntaxException unreadable) {
                LOG.fine(() -> "an unreadable Referer: " + referer);
            }
        }
        return external.getRequestServletPath();
    }
}
