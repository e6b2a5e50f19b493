package org.artclinic.clinic.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.artclinic.clinic.common.DomainException;
import org.artclinic.clinic.web.Messages;

/**
 * What the patient header's screening banners show ({@code resources/intake/alerts.xhtml}): the
 * pending referral and its reasons, the precautions, the regions not to treat. Read once per
 * request and patient; a user whose role may not read them sees no banner.
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
                return intakes.alerts(id);
            } catch (EJBAccessException | DomainException notShown) {
                return null;
            }
        });
    }

    /** The blocked regions in words, e.g. "Shoulder, Knee". */
    public String blockedRegions(IntakeAlerts alerts) {
        return alerts.blockedRegions().stream().map(region -> Messages.text("intake.region." + region.name()))
                .collect(Collectors.joining(", "));
    }
}
