package io.mdt.ingestion.messaging;

import io.mdt.ingestion.boundary.Ingestion;
import io.mdt.ingestion.boundary.IngestionReport;
import io.mdt.platform.boundary.CorrelatedWork;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.Reader;

/** Stores the predictions sent to {@code mdt.predictions}. */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = PredictionListener.QUEUE),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = BatchListener.CONSUMERS)
        })
@Interceptors(CorrelatedWork.class)
public class PredictionListener extends BatchListener {

    static final String QUEUE = "mdt.predictions";

    @Inject
    Ingestion ingestion;

    @Override
    String queue() {
        return QUEUE;
    }

    @Override
    IngestionReport ingest(String model, String version, Reader body) {
        return ingestion.predictions(model, version, body, true);
    }
}
