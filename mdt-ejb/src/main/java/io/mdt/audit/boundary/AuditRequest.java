package io.mdt.audit.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the request being served comes from, for the entries it causes: the client's address,
 * the method and the path. The web module's authentication enters it once per request; work no
 * request started has none.
 */
@RequestScoped
public class AuditRequest {

    private Origin origin = Origin.NONE;

    public void enter(String remoteAddress, String method, String path) {
        origin = new Origin(remoteAddress, method, path);
    }

    public Origin origin() {
        return origin;
    }
}
