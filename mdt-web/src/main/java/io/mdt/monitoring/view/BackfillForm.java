package io.mdt.monitoring.view;

import io.mdt.monitoring.boundary.Evaluations;
import io.mdt.monitoring.boundary.MonitorNotFoundException;
import io.mdt.platform.view.Display;
import io.mdt.platform.view.PageMessages;
import io.mdt.registry.boundary.ModelValidationException;
import io.mdt.security.entity.Role;
import io.mdt.security.web.CurrentCaller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.primefaces.PrimeFaces;

/**
 * Evaluating a monitor's windows again from its page, as {@code POST /monitors/{id}/backfill}
 * does: every window starting in [from, to), both read in the user's time zone. The range
 * offered first is the last day, to the hour.
 */
@Named
@ViewScoped
public class BackfillForm implements Serializable {

    static final String FORM = "backfillForm";

    @Inject
    Evaluations evaluations;

    @Inject
    MonitorView monitor;

    @Inject
    CurrentCaller caller;

    @Inject
    Display display;

    private LocalDateTime from;
    private LocalDateTime to;

    /** Queues the windows and closes the dialog; a refusal stays in it, beside its field. */
    public void queue() {
        if (!caller.has(Role.Names.ENGINEER)) {
            PageMessages.refusedBeside(FORM, "Evaluating windows again needs the role " + Role.Names.ENGINEER + ".");
            return;
        }
        if (from == null || to == null) {
            PageMessages.refusedBeside(FORM + (from == null ? ":from" : ":to"), "Enter a date and time.");
            return;
        }
        var zone = display.zoneId();
        try {
            var runs = evaluations.backfill(
                    monitor.getId(),
                    from.atZone(zone).toInstant(),
                    to.atZone(zone).toInstant());
            PageMessages.info(
                    runs.size() == 1
                            ? "1 window is queued; its run shows below when it is done."
                            : runs.size() + " windows are queued; their runs show below as they are done.");
            PrimeFaces.current().executeScript("PF('backfillDialog').hide()");
        } catch (ModelValidationException invalid) {
            invalid.violations().forEach(v -> PageMessages.refusedBeside(clientIdOf(v.field()), v.message()));
        } catch (MonitorNotFoundException gone) {
            PageMessages.refusedBeside(FORM, gone.getMessage());
        }
    }

    private static String clientIdOf(String field) {
        return field.equals("from") || field.equals("to") ? FORM + ":" + field : FORM;
    }

    public LocalDateTime getFrom() {
        if (from == null) {
            from = getTo().minusDays(1);
        }
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        if (to == null) {
            to = LocalDateTime.now(display.zoneId()).truncatedTo(ChronoUnit.HOURS);
        }
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }
}
