package io.mdt.security.view;

import io.mdt.platform.boundary.Correlation;
import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Entering a protected page (the {@code protected-views} of {@code faces-config.xml}) without
 * its view token. The token proves that the request comes from one of MDT's own pages, whose
 * links carry it; so that a bookmark or an address typed in still opens the page, a request
 * the browser itself marks as typed or bookmarked ({@code Sec-Fetch-Site: none}) or as coming
 * from MDT's own origin ({@code same-origin}) is sent on with a fresh token; a browser cannot be
 * made to send either by another site. Any other request (from another site, or from a browser
 * that does not say) gets 403 and a page with a link to the page, so that it opens only with
 * the user's own click on MDT's page.
 */
final class ProtectedPageEntry extends ExceptionHandlerWrapper {

    private static final Logger LOG = Correlation.logger(ProtectedPageEntry.class);
    private static final Set<String> TRUSTED_FETCH_SITES = Set.of("none", "same-origin");

    ProtectedPageEntry(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        var events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            var event = events.next();
            if (isProtectedView(event.getContext().getException())) {
                events.remove();
                try {
                    enter(event.getContext().getContext());
                } catch (IOException e) {
                    throw new FacesException("cannot answer a request for a protected page", e);
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean isProtectedView(Throwable exception) {
        for (var cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProtectedViewException) {
                return true;
            }
        }
        return false;
    }

    private static void enter(FacesContext faces) throws IOException {
        var external = faces.getExternalContext();
        var viewId = faces.getViewRoot() != null ? faces.getViewRoot().getViewId() : external.getRequestServletPath();
        var url = faces.getApplication().getViewHandler().getBookmarkableURL(faces, viewId, parameters(faces), false);
        var site = external.getRequestHeaderMap().get("Sec-Fetch-Site");
        var token = external.getRequestParameterMap().get(ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM);
        if (site != null && TRUSTED_FETCH_SITES.contains(site) && (token == null || !url.contains(token))) {
            external.redirect(url);
        } else {
            LOG.info(() -> "a request for " + viewId + " without its view token, Sec-Fetch-Site " + site
                    + ", was asked to confirm");
            confirm(faces, url);
        }
        faces.responseComplete();
    }

    /** The request's parameters, without the stale or forged token. */
    private static Map<String, List<String>> parameters(FacesContext faces) {
        var parameters = new LinkedHashMap<String, List<String>>();
        faces.getExternalContext().getRequestParameterValuesMap().forEach((name, values) -> {
            if (!ResponseStateManager.NON_POSTBACK_VIEW_TOKEN_PARAM.equals(name)) {
                parameters.put(name, new ArrayList<>(List.of(values)));
            }
        });
        return parameters;
    }

    private static void confirm(FacesContext faces, String url) throws IOException {
        var external = faces.getExternalContext();
        external.setResponseStatus(403);
        external.setResponseContentType("text/html");
        external.setResponseCharacterEncoding("UTF-8");
        external.getResponseOutputWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"/><title>Open the page · MDT</title></head>
                <body><main><h1>Open the page</h1>
                <p>This page of MDT changes things, so it opens from MDT's own pages only.</p>
                <p><a id="openProtectedPage" href="%s">Open it</a></p></main></body></html>
                """.formatted(escape(url)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
