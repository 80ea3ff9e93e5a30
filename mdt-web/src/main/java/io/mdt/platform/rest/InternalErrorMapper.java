package io.mdt.platform.rest;

import io.mdt.platform.boundary.Correlation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Any other failure: logged with a correlation id that the client receives, so an operator
 * can find it, while the response never reveals internals.
 */
@Provider
public class InternalErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Correlation.logger(InternalErrorMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        var correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Internal error " + correlationId, exception);
        var type = ProblemType.INTERNAL;
        return new Problem(
                        type.uri(),
                        type.title(),
                        type.status(),
                        "The server could not complete the request; quote the correlation id to an operator.",
                        null,
                        correlationId)
                .toResponse();
    }
}
