package org.artclinic.clinic.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;

/**
 * The screening alerts the patient header shows (its {@code intake} attribute): the pending
 * referral, the precautions, the regions not to treat. Read afresh in every request, so the header
 * follows a clearance or a new intake recorded by an ajax action on the same page; a user whose
 * role may not read them sees no banner. Also words the compact alerts ({@code intake:alerts}).
 */
@Named
@RequestScoped
public class IntakeBanner {

    @EJB
    private IntakeService intakes;

    private final Map<Long, IntakeAlerts> read = new HashMap<>();

    /** The alerts of the patient; null when there are none to show to this user. */
    public IntakeAlerts of(Long patientId) {
        if (patientId == null) {
            return null;
        }
        return read.computeIfAbsent(patientId, id -> {
            try {
                return Messages.readQuietly(() -> intakes.alerts(id)).orElse(null); // an unknown patient: not shown
            } catch (EJBAccessException notShown) { // a role that may not see them
                return null;
            }
        });
    }

    /** Why treatment may not start, in a few words, e.g. "no intake yet, no current consent"; empty when it may. */
    public String holdReasons(IntakeAlerts alerts) {
        if (alerts == null) {
            return "";
        }
        List<String> reasons = new ArrayList<>();
        if (!alerts.intakeRecorded()) {
            reasons.add(Messages.text("intake.alerts.onHold.noIntake"));
        }
        if (alerts.referralPending()) {
            // the desk's alerts name no red flag (IntakeAlerts.paperworkOnly): for it, a letter to collect
            reasons.add(Messages.text(alerts.referralReasons().isEmpty() ? "intake.alerts.onHold.letter"
                    : "intake.alerts.onHold.referral"));
        }
        if (alerts.consentMissing()) {
            reasons.add(Messages.text("intake.alerts.onHold.noConsent"));
        }
        return String.join(", ", reasons);
    }
}
