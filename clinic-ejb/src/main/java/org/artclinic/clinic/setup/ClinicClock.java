package org.artclinic.clinic.setup;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What time it is, and which day it is, for the clinic rather than for the server. A server in
 * UTC serving a clinic in Denver is a day ahead from 17:00 (18:00 in winter) to midnight local
 * time; ages and "today" must follow the clinic.
 *
 * <p>The clinic's zone, where no appointment names a location: {@code clinic.time-zone}
 * ({@code CLINIC_TIME_ZONE}) when set; otherwise the zone of the first location set up that is
 * still open (almost every clinic has one location, or a main one set up first), otherwise UTC
 * (a clinic with no location yet has no patients to be wrong about). Rules about an appointment
 * use its own location's zone instead.
 *
 * <p>A singleton session bean, not a plain CDI bean: pages in the web module ask it too, and in the
 * EAR on Payara Server only an EJB of this module finds the module's persistence unit ("Unable to
 * retrieve EntityManagerFactory for unitName null" from a CDI bean called by the WAR). Bean-managed
 * concurrency (the clock is a volatile field, the zone a read) keeps calls from queuing behind each
 * other, and no call needs a transaction of its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@org.artclinic.clinic.audit.NotAudited
@PermitAll
public class ClinicClock {

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "clinic.time-zone")
    private Optional<String> configuredZone;

    private volatile Clock clock = Clock.systemUTC();

    @PermitAll
    public Instant now() {
        return clock.instant();
    }

    /** Today's date where the clinic is. */
    @PermitAll
    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    @PermitAll
    public ZoneId zone() {
        String configured = configuredZone.map(String::strip).orElse("");
        if (!configured.isEmpty()) {
            try {
                return ZoneId.of(configured);
            } catch (DateTimeException e) {
                throw new IllegalStateException("clinic.time-zone \"" + configured
                        + "\" is not a time zone; use a name like America/Denver.", e);
            }
        }
        return em.createQuery("SELECT l.timeZone FROM Location l WHERE l.active = TRUE ORDER BY l.id", String.class)
                .setMaxResults(1).getResultStream().findFirst().map(ZoneId::of).orElse(ZoneOffset.UTC);
    }

    /**
     * Runs the clinic on another clock, e.g. a fixed one in a test around midnight; pass null for
     * the real time again. Nothing in the application calls this.
     */
    @PermitAll
    public void useClock(Clock other) {
        clock = other == null ? Clock.systemUTC() : other;
    }
}
