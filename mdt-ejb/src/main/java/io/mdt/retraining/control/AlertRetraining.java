package io.mdt.retraining.control;

import io.mdt.alerting.boundary.RetrainingAlert;
import io.mdt.platform.boundary.Correlation;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.retraining.boundary.RetrainingConflictException;
import io.mdt.retraining.boundary.Retrainings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Asks for a retraining, with every default, when a rule that wants one fires an alert: once the
 * alert is committed, in a transaction of its own, so that a refused request never undoes the
 * alert. A model retrained already, or one that cannot be (no target, no numerical feature), is
 * noted in the log and left as it is: the alert has said what happened.
 */
@ApplicationScoped
public class AlertRetraining {

    private static final Logger LOG = Correlation.logger(AlertRetraining.class);

    @Inject
    Retrainings retrainings;

    void alerted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RetrainingAlert alert) {
        try {
            retrainings.requestForAlert(alert.model(), alert.alertId(), alert.rule());
        } catch (RetrainingConflictException | ModelValidationException refused) {
            LOG.info(() ->
                    "alert " + alert.alertId() + " of rule '" + alert.rule() + "' asked for a retraining of model '"
                            + alert.model() + "', not started: " + refused.getMessage());
        }
    }
}
