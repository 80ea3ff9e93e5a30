package io.mdt.monitoring.rest;

import io.mdt.monitoring.boundary.MonitorNotFoundException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown monitor or run: 404. */
@Provider
public class MonitoringProblemMapper implements ExceptionMapper<MonitorNotFoundException> {

    @Override
    public Response toResponse(MonitorNotFoundException exception) {
        return Problem.of(ProblemType.NOT_FOUND, exception.getMessage()).toResponse();
    }
}
