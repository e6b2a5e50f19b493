package org.artclinic.clinic.credential;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.credential.CredentialsRequest.CertificationRequest;
import org.artclinic.clinic.protocol.RegionGroup;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.setup.Discipline;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A practitioner's licence and ART certifications. Administrators read and replace them (with the
 * version read); a practitioner reads their own, so that a scheduling or reminder tool acting for
 * them can warn before a credential runs out, as My day does; nobody else reads them (403): licence
 * numbers are nobody else's business in the clinic. The same {@link CredentialsRequest} as the
 * practitioners page, checked once in {@link CredentialService#save}.
 */
@Path("practitioners/{id}/credentials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Credentials")
public class CredentialResource {

    @EJB
    private CredentialService credentials;

    @Schema(name = "Licence", requiredProperties = {"profession", "number", "state", "expiresOn"},
            description = "The state licence: state is the issuing state's two-letter code (e.g. IL); valid through "
                    + "expiresOn, inclusive.")
    public record LicenceJson(Discipline profession, String number, String state, LocalDate expiresOn) {

        static LicenceJson of(Licence licence) {
            return licence == null ? null : new LicenceJson(licence.getProfession(), licence.getNumber(),
                    licence.getState(), licence.getExpiresOn());
        }
    }

    @Schema(name = "Certification", requiredProperties = {"course", "certifiedOn", "expiresOn", "current"},
            description = "An ART certification, valid from certifiedOn through expiresOn (inclusive); current: "
                    + "whether it covers charting today.")
    public record CertificationJson(RegionGroup course, LocalDate certifiedOn, LocalDate expiresOn, boolean current) {
    }

    @Schema(name = "CredentialWarning", requiredProperties = {"expiresOn", "daysLeft", "expired", "message"},
            description = "A credential that runs out within 60 days or has run out: the certification of a course, "
                    + "or the licence (no course).")
    public record WarningJson(RegionGroup course, LocalDate expiresOn,
            @Schema(type = SchemaType.INTEGER, format = "int64",
                    description = "days from today to the expiry date; negative once expired") long daysLeft,
            boolean expired,
            @Schema(example = "Upper Extremity certification expires in 23 days") String message) {

        static WarningJson of(CredentialWarning w) {
            return new WarningJson(w.course(), w.expiresOn(), w.daysLeft(), w.isExpired(), w.message());
        }
    }

    @Schema(name = "Credentials", requiredProperties = {"practitionerId", "practitionerName", "version",
        "certifications", "warnings"}, description = "A practitioner's credentials; no licence while none is on "
                + "record. Certifications at most one per course, by course; warnings: what runs out within 60 days "
                + "or has run out.")
    public record CredentialsJson(@Schema(format = "int64") long practitionerId, String practitionerName,
            @Schema(format = "int64", description = "send it back with a change (optimistic locking); 0 while "
                    + "none were recorded") long version,
            LicenceJson licence, List<CertificationJson> certifications, List<WarningJson> warnings) {

        static CredentialsJson of(Credentials c) {
            return new CredentialsJson(c.practitioner().getId(), c.practitioner().getDisplayName(), c.version(),
                    LicenceJson.of(c.licence()),
                    c.certifications().stream().map(k -> new CertificationJson(k.getCourse(), k.getCertifiedOn(),
                            k.getExpiresOn(), k.isCurrentOn(c.asOf()))).toList(),
                    c.warnings().stream().map(WarningJson::of).toList());
        }
    }

    @Schema(name = "LicenceChange", description = "The licence as a whole; leave it out for none on record.")
    public record LicenceChangeJson(
            @Schema(required = true, enumeration = {"CHIROPRACTOR", "PHYSICAL_THERAPIST", "MASSAGE_THERAPIST",
                "ATHLETIC_TRAINER", "PHYSICIAN"}) String profession,
            @Schema(required = true, example = "045.012345") String number,
            @Schema(required = true, example = "IL", description = "two letters: a US state, DC or a territory")
            String state,
            @Schema(required = true, format = "date", example = "2027-10-31") String expiresOn) {
    }

    @Schema(name = "CertificationChange", description = "One ART certification; one per course.")
    public record CertificationChangeJson(
            @Schema(required = true, enumeration = {"SPINE", "UPPER_EXTREMITY", "LOWER_EXTREMITY",
                "NERVE_ENTRAPMENT"}) String course,
            @Schema(required = true, format = "date", example = "2025-03-02") String certifiedOn,
            @Schema(required = true, format = "date", example = "2028-03-01") String expiresOn) {
    }

    @Schema(name = "CredentialsChange",
            description = "Replaces the licence and the certifications; version is the one last read.")
    public record CredentialsChangeJson(
            @Schema(required = true, format = "int64") Long version,
            LicenceChangeJson licence, List<CertificationChangeJson> certifications) {
    }

    @GET
    // a practitioner only their own: the service refuses another's (403)
    @RolesAllowed({Role.Names.PRACTITIONER, Role.Names.ADMIN})
    @Operation(operationId = "getPractitionerCredentials",
            summary = "A practitioner's licence and ART certifications (ADMIN; a practitioner their own)",
            description = "With what runs out within 60 days or has run out, and the version to send back with a "
                    + "change. A practitioner charts ART protocols only while the licence is current and a current "
                    + "certification covers the protocol's course; both are valid through their expiry date.")
    @APIResponse(responseCode = "200", description = "The credentials",
            content = @Content(schema = @Schema(ref = "Credentials")))
    @APIResponse(responseCode = "400", description = "The id is not a record id",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Neither an administrator nor this practitioner",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such practitioner",
            content = @Content(schema = @Schema(ref = "Error")))
    public CredentialsJson read(@PathParam("id") String id) {
        Credentials read = credentials.credentials(FieldChecks.pathId(id));
        return CredentialsJson.of(read);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "replacePractitionerCredentials",
            summary = "Replace a practitioner's licence and ART certifications (ADMIN)",
            description = "The licence whole or not at all (no licence: the practitioner cannot chart), and at most "
                    + "one certification per course (a renewal replaces the old one).")
    @APIResponse(responseCode = "200", description = "The credentials as saved",
            content = @Content(schema = @Schema(ref = "Credentials")))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid, or someone else changed the "
            + "credentials meanwhile (reload and send the new version)",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such practitioner",
            content = @Content(schema = @Schema(ref = "Error")))
    public CredentialsJson replace(@PathParam("id") String id, CredentialsChangeJson body) {
        long practitionerId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        if (body.version() == null) {
            checks.add("version", "error.required");
        }
        LicenceChangeJson licence = body.licence();
        Discipline profession = null;
        String number = null;
        String state = null;
        LocalDate licenceExpiresOn = null;
        if (licence != null) {
            profession = checks.choice("licence.profession", licence.profession(), Discipline.class, true);
            number = checks.required("licence.number", licence.number());
            state = checks.required("licence.state", licence.state());
            licenceExpiresOn = checks.date("licence.expiresOn", licence.expiresOn(), true);
        }
        List<CertificationRequest> certifications = new ArrayList<>();
        List<CertificationChangeJson> given = body.certifications() == null ? List.of() : body.certifications();
        for (int i = 0; i < given.size(); i++) {
            CertificationChangeJson c = given.get(i);
            String field = "certifications[" + i + "].";
            if (c == null) {
                checks.add(field + "course", "error.required");
                continue;
            }
            certifications.add(new CertificationRequest(
                    checks.choice(field + "course", c.course(), RegionGroup.class, true),
                    checks.date(field + "certifiedOn", c.certifiedOn(), true),
                    checks.date(field + "expiresOn", c.expiresOn(), true)));
        }
        checks.orFail();
        Credentials saved = credentials.save(practitionerId, body.version(),
                new CredentialsRequest(profession, number, state, licenceExpiresOn, certifications));
        return CredentialsJson.of(saved);
    }
}
