package org.artclinic.clinic.testsupport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import org.artclinic.clinic.common.Address;
import org.artclinic.clinic.credential.CredentialService;
import org.artclinic.clinic.credential.CredentialsRequest;
import org.artclinic.clinic.patient.Patient;
import org.artclinic.clinic.patient.PatientDetails;
import org.artclinic.clinic.patient.PatientService;
import org.artclinic.clinic.patient.Sex;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.setup.AppointmentType;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Discipline;
import org.artclinic.clinic.setup.Location;
import org.artclinic.clinic.setup.Practitioner;
import org.artclinic.clinic.setup.Room;

/**
 * Builds a small clinic of the test's own, through the real services: a location with a time
 * zone, rooms, practitioners with working hours and patients, all uniquely named so tests never
 * see each other's data.
 */
@Dependent
public class ClinicFixture {

    @EJB
    private ClinicSetupService setup;

    @EJB
    private PatientService patients;

    @EJB
    private AsAdmin asAdmin;

    @EJB
    private AsManager asManager;

    @EJB
    private org.artclinic.clinic.billing.PayerService payers;

    @EJB
    private AsFrontDesk asFrontDesk;

    @EJB
    private UserAccountService users;

    @EJB
    private CredentialService credentials;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public String suffix() {
        return suffix;
    }

    /**
     * A whole-hour zone where it is now between 12:00 and 13:00. This morning's visits booked
     * there have all begun (a note can be opened, attendance counts them), the day has eleven
     * hours to run and tomorrow's 00:15 is still ahead, whenever the test runs.
     * Pacific/Kiritimati, used before, failed in CI from 10:00 to about 11:00 UTC: its 00:15
     * and 01:00 had not begun yet.
     */
    public static ZoneId middayZone() {
        int offset = 12 - java.time.ZonedDateTime.now(ZoneOffset.UTC).getHour();
        // the Etc zones carry the offset with the POSIX sign: Etc/GMT-5 is UTC+05:00
        return ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
    }

    public Location location(String name, ZoneId zone) throws Exception {
        return asAdmin.call(() -> setup.createLocation(name + " " + suffix, zone, null, new Address()));
    }

    public Room room(Location location, String name) throws Exception {
        return asAdmin.call(() -> setup.createRoom(location.getId(), name));
    }

    /** A practitioner who works at the location on every day of the week, from {@code from} to {@code to}. */
    public Practitioner practitioner(String name, Location location, LocalTime from, LocalTime to) throws Exception {
        Practitioner practitioner = asAdmin.call(() -> setup.createPractitioner(name + " " + suffix,
                Discipline.CHIROPRACTOR, null, "#1f6f78", null));
        for (DayOfWeek day : DayOfWeek.values()) {
            asAdmin.call(() -> setup.addWorkingHours(practitioner.getId(), location.getId(), day, from, to));
        }
        return practitioner;
    }

    /**
     * A practitioner who signs in as {@code username} with the password and works at the location
     * every day, from midnight to 23:45 (any visit of a test fits).
     */
    public Practitioner practitionerWhoSignsIn(String username, String name, String password, Location location)
            throws Exception {
        asAdmin.call(() -> users.create(username, name + " " + suffix, password, EnumSet.of(Role.PRACTITIONER)));
        Practitioner practitioner = asAdmin.call(() -> setup.createPractitioner(name + " " + suffix,
                Discipline.CHIROPRACTOR, null, "#1f6f78", username));
        worksAt(practitioner, location, LocalTime.MIN, LocalTime.of(23, 45));
        return practitioner;
    }

    /** A commercial payer of this name on the payer list (added unless there), for a policy to name. */
    public org.artclinic.clinic.billing.Payer payer(String name) throws Exception {
        return asManager.call(() -> payers.payers().stream().filter(p -> p.getName().equalsIgnoreCase(name)).findFirst()
                .orElseGet(() -> payers.addPayer(name, org.artclinic.clinic.billing.PayerKind.COMMERCIAL,
                        new org.artclinic.clinic.billing.PayerRules(org.artclinic.clinic.billing.UnitRule.PER_SERVICE,
                                false, true, null))));
    }

    /** A staff account with these roles that signs in with the password (e.g. a manager for the billing API). */
    public void staffWhoSignsIn(String username, String password, Role... roles) throws Exception {
        asAdmin.call(() -> users.create(username, "Staff " + username, password, EnumSet.copyOf(Arrays.asList(roles))));
    }

    /** The practitioner, now of another discipline (a physical therapist, for the GP rule). */
    public Practitioner ofDiscipline(Practitioner practitioner, Discipline discipline) throws Exception {
        return asAdmin.call(() -> {
            Practitioner fresh = setup.practitioner(practitioner.getId());
            return setup.updatePractitioner(fresh.getId(), fresh.getVersion(), fresh.getDisplayName(), discipline,
                    fresh.getNpi(), fresh.getColour(),
                    fresh.getUserAccount() == null ? null : fresh.getUserAccount().getUsername());
        });
    }

    /** The practitioner, now with this NPI (claims name the rendering provider's). */
    public Practitioner withNpi(Practitioner practitioner, String npi) throws Exception {
        return asAdmin.call(() -> {
            Practitioner fresh = setup.practitioner(practitioner.getId());
            return setup.updatePractitioner(fresh.getId(), fresh.getVersion(), fresh.getDisplayName(),
                    fresh.getDiscipline(), npi, fresh.getColour(),
                    fresh.getUserAccount() == null ? null : fresh.getUserAccount().getUsername());
        });
    }

    /** A current licence and current ART certifications of these groups (decision 0030). */
    public void certify(Practitioner practitioner, RegionGroup... groups) throws Exception {
        LocalDate inAYear = LocalDate.now(ZoneOffset.UTC).plusYears(1);
        List<CredentialsRequest.CertificationRequest> certifications = Arrays.stream(groups)
                .map(group -> new CredentialsRequest.CertificationRequest(group, inAYear.minusYears(3), inAYear)).toList();
        asAdmin.call(() -> credentials.save(practitioner.getId(), 0, new CredentialsRequest(Discipline.CHIROPRACTOR,
                "045.0" + suffix.hashCode() % 100000, "IL", inAYear, certifications)));
    }

    /** Adds working hours at another location, every day of the week, from {@code from} to {@code to}. */
    public void worksAt(Practitioner practitioner, Location location, LocalTime from, LocalTime to) throws Exception {
        for (DayOfWeek day : DayOfWeek.values()) {
            asAdmin.call(() -> setup.addWorkingHours(practitioner.getId(), location.getId(), day, from, to));
        }
    }

    public AppointmentType appointmentType(String name, int minutes, boolean needsRoom) throws Exception {
        return asAdmin.call(() -> setup.createAppointmentType(name + " " + suffix, minutes, "#3366cc", needsRoom));
    }

    /** The patient, now with a postal address (a claim needs it). */
    public Patient withAddress(Patient patient) throws Exception {
        return asFrontDesk.call(() -> {
            Patient fresh = patients.find(patient.getId());
            PatientDetails d = fresh.details();
            return patients.update(fresh.getId(), fresh.getVersion(), new PatientDetails(d.givenName(), d.familyName(),
                    d.birthDate(), d.sex(), d.phone(), d.email(), new org.artclinic.clinic.common.Address(
                            "1200 W Madison St", null, "Chicago", "IL", "60607", "USA"), d.emergencyContactName(),
                    d.emergencyContactPhone(), d.emergencyContactRelationship(), d.preferredContact(), d.occupation(),
                    d.workSetup(), d.sportAndTrainingLoad(), d.referralSource(), d.alerts()));
        });
    }

    public Patient patient(String given, String family) throws Exception {
        PatientDetails details = PatientDetails.basic(given, family + " " + suffix, LocalDate.of(1980, 5, 17),
                Sex.FEMALE, null, null);
        return asFrontDesk.call(() -> patients.register(details, true));
    }
}
