package io.mdt.security.web;

import io.mdt.security.boundary.Caller;
import io.mdt.security.entity.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The role each dashboard page needs. A visitor who has not signed in is sent to the sign-in
 * page, and back to the page afterwards; a signed-in user without the role gets 403. The
 * sign-in page, the error page and the pages' static resources are open; a page not listed needs an
 * administrator, so that a new page is closed until it says who may see it. An address that leads
 * to no page at all goes on to be answered "not found" for every signed-in user.
 */
@WebFilter(
        filterName = "PageAccess",
        urlPatterns = {"*.xhtml", "/"})
public class PageAccess extends HttpFilter {

    static final String SIGN_IN = "/login.xhtml";
    static final String ERROR = "/error.xhtml";

    private static final Map<String, String> ROLES = Map.of(
            "/index.xhtml", Role.Names.VIEWER,
            "/models.xhtml", Role.Names.VIEWER,
            "/model.xhtml", Role.Names.VIEWER,
            "/monitor.xhtml", Role.Names.VIEWER,
            "/column.xhtml", Role.Names.VIEWER,
            "/compare.xhtml", Role.Names.VIEWER,
            "/playground.xhtml", Role.Names.ENGINEER,
            "/alerts.xhtml", Role.Names.VIEWER,
            "/channels.xhtml", Role.Names.ADMIN,
            "/audit.xhtml", Role.Names.ADMIN);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var page = page(request);
        if (page.equals(SIGN_IN) || page.equals(ERROR) || page.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!(request.getAttribute(MdtAuthentication.SESSION_CALLER) instanceof Caller caller)) {
            response.sendRedirect(request.getContextPath() + SIGN_IN + "?next=" + next(request));
            return;
        }
        if (!ROLES.containsKey(page) && request.getServletContext().getResource(page) == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!caller.roles().contains(ROLES.getOrDefault(page, Role.Names.ADMIN))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Your role does not allow this page.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The page a request asks for; the root is the start page. */
    static String page(HttpServletRequest request) {
        var path = request.getServletPath();
        return path.isEmpty() || "/".equals(path) ? "/index.xhtml" : path;
    }

    private static String next(HttpServletRequest request) {
        var target =
                request.getServletPath() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
