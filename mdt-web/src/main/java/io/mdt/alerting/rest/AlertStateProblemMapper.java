package io.mdt.alerting.rest;

import io.mdt.alerting.boundary.AlertStateException;
import io.mdt.platform.rest.Problem;
import io.mdt.platform.rest.ProblemType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An action that does not apply to the alert in its state: 409. */
@Provider
public class AlertStateProblemMapper implements ExceptionMapper<AlertStateException> {

    @Override
    public Response toResponse(AlertStateException exception) {
        return Problem.of(ProblemType.ALERT_STATE, exception.getMessage()).toResponse();
    }
}
