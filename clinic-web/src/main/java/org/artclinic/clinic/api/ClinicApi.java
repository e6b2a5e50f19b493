package org.artclinic.clinic.api;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API for the front desk's other programs (online booking, phone system, reminders).
 * Callers present a personal access token ({@code Authorization: Bearer}) or sign in with HTTP
 * Basic ({@link ApiAuthenticationMechanism}) as one of the clinic's users; each call needs the same role as the page that does the same thing. The OpenAPI document
 * is served by Payara at {@code /openapi}; the tags are declared here once and the resources refer
 * to them with {@code @Tag(ref = ...)} (a {@code @Tag(name = ...)} on each class lists the tag once
 * per class). OpenApiLintIT lints the document.
 */
@ApplicationPath(ClinicApi.PATH)
@OpenAPIDefinition(
        info = @Info(title = "ART Clinic API", version = "1",
                description = "Patients, appointments and the clinic's set-up for the front desk. "
                        + "Errors are JSON: {\"message\": ..., \"errors\": [{\"field\": ..., \"message\": ...}]}.",
                contact = @Contact(name = "The clinic's system administrator")),
        tags = {
                @Tag(name = "Patients", description = "The patient registry (roles FRONT_DESK and PRACTITIONER)."),
                @Tag(name = "Appointments", description = "The schedule (booking and the day's steps: role "
                        + "FRONT_DESK; reading: FRONT_DESK, PRACTITIONER, MANAGER)."),
                @Tag(name = "Set-up", description = "Practitioners, rooms and appointment types (every signed-in "
                        + "role)."),
                @Tag(name = "Credentials", description = "Practitioners' licences and ART certifications "
                        + "(role ADMIN; a practitioner reads their own)."),
                @Tag(name = "Intake", description = "Intake assessments, red-flag screening, clearances, consent and "
                        + "the treatment gate (intakes and clearances: role PRACTITIONER; consent and eligibility: "
                        + "FRONT_DESK and PRACTITIONER)."),
                @Tag(name = "Outcome measures", description = "NPRS, NDI, ODI, QuickDASH and LEFS, scored by their "
                        + "published rules (recording: PRACTITIONER and FRONT_DESK; reading the history: "
                        + "PRACTITIONER)."),
                @Tag(name = "Protocols", description = "The ART protocol library (reading: PRACTITIONER and ADMIN; "
                        + "adding, changing, retiring, import and export: ADMIN)."),
                @Tag(name = "Users", description = "Staff accounts: create, change, deactivate, reset a password "
                        + "(role ADMIN)."),
                @Tag(name = "API tokens", description = "Your own personal access tokens: create (with your "
                        + "password), list, revoke (every role)."),
                @Tag(name = "Visits", description = "Visit notes: open, write, add services, sign with your password, "
                        + "then only addenda (role PRACTITIONER; changes only to your own notes)."),
                @Tag(name = "Plans", description = "Treatment plans: diagnoses, goals, frequency and planned visits, "
                        + "re-evaluation, the home program and its PDF handout (role PRACTITIONER; changes only to your "
                        + "own plans)."),
                @Tag(name = "Billing", description = "Payers and fee schedules, the charges signing a visit note "
                        + "makes (units by the payer's unit rule, modifiers with reasons, warnings) and the charge "
                        + "review queue (role MANAGER; the front desk reads the payer list)."),
                @Tag(name = "Progress", description = "A patient's progress over visits: range of motion left and "
                        + "right, pain, outcome scores (role PRACTITIONER)."),
                @Tag(name = "Audit", description = "The audit trail: who saw or changed which patient's record, "
                        + "sign-ins, denials; its hash chain verified (role ADMIN).")},
        security = {@SecurityRequirement(name = ClinicApi.BEARER), @SecurityRequirement(name = ClinicApi.BASIC)})
@SecurityScheme(securitySchemeName = ClinicApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "artc_ followed by 43 characters",
        description = "A personal access token (POST /api/tokens): it acts as its owner, with the owner's current "
                + "roles or fewer, until it expires or is revoked. The way for programs: no password hash per call.")
@SecurityScheme(securitySchemeName = ClinicApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The user name and password of a clinic user; the user's roles decide what it may do. For "
                + "trying the API by hand and for creating tokens: each call verifies the password (slow).")
public class ClinicApi extends Application {

    public static final String PATH = "api";
    static final String BASIC = "basic";
    static final String BEARER = "token";

    @Override
    public Map<String, Object> getProperties() {
        // errors keep their JSON bodies instead of the container's HTML error pages; every resource method's
        // @RolesAllowed is enforced before its body is read (Jersey's own feature, registered by name so that
        // nothing here depends on Jersey at compile time; docs/decisions/0038-minimum-necessary-access.md)
        return Map.of("jersey.config.servlet.response.setStatusOverSendError", true,
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
