package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.AlertingNameTakenException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A rule, channel or inhibition name already taken: 409. */
@Provider
public class AlertingNameProblemMapper implements ExceptionMapper<AlertingNameTakenException> {

    @Override
    public Response toResponse(AlertingNameTakenException exception) {
        return Problem.of(ProblemType.DUPLICATE_NAME, exception.getMessage()).toResponse();
    }
}
