package io.mdt.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The MDT REST API, version 1. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "MDT API",
                        version = "1",
                        description = "Model Degradation Tracking: register models, ingest their predictions and"
                                + " read drift evaluations. Errors are application/problem+json (RFC 9457)."))
public class RestApplication extends Application {}
