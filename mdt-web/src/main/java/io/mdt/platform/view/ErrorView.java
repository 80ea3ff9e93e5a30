package io.mdt.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * What the error page says: why the request was not answered, in words, and the incident
 * number under which the server logged a failure ({@link PageFailures}). It repeats no detail
 * of the failure itself.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Pattern INCIDENT = Pattern.compile("[0-9a-f]{8}");

    @Inject
    HttpServletRequest request;

    public String title() {
        return switch (status()) {
            case 403 -> "Not for your role";
            case 404 -> "No such page";
            case 500 -> "Something went wrong";
            default -> "The request was not answered";
        };
    }

    public String explanation() {
        return switch (status()) {
            case 403 -> "Your role does not allow this page. An administrator can give you another role.";
            case 404 -> "This address does not lead to a page of MDT. It may have been mistyped or moved.";
            case 500 -> "MDT could not finish this request. What was saved before it is kept.";
            default -> "MDT could not answer this request (HTTP " + status() + ").";
        };
    }

    /** The incident number of a failure, or null when there was none. */
    public String incident() {
        var number = request.getAttribute(PageFailures.INCIDENT) instanceof String attribute
                ? attribute
                : request.getParameter("incident");
        return number != null && INCIDENT.matcher(number).matches() ? number : null;
    }

    /**
     * The status of the request that failed: the container's, on the error dispatch; 500 for the
     * page opened after a failed Ajax request, which carries its incident.
     */
    public int status() {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            return code;
        }
        return incident() != null ? 500 : 404;
    }
}
