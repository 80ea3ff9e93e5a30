package io.mdt.ingestion.messaging;

import io.mdt.ingestion.boundary.Ingestion;
import io.mdt.ingestion.boundary.IngestionReport;
import io.mdt.platform.boundary.CorrelatedWork;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.Reader;

/** Stores the actual outcomes sent to {@code mdt.actuals}. */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = ActualListener.QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = BatchListener.CONSUMERS)
        })
@Interceptors(CorrelatedWork.class)
public class ActualListener extends BatchListener {

    static final String QUEUE = "mdt.actuals";

    @Inject
    Ingestion ingestion;

    @Override
    String queue() {
        return QUEUE;
    }

    @Override
    IngestionReport ingest(String model, String version, Reader body) {
        return ingestion.actuals(model, version, body, true);
    }
}
