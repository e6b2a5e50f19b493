package org.artclinic.clinic.admin;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.security.Role;
import org.artclinic.clinic.security.SignInLimits;
import org.artclinic.clinic.security.TwoFactorService;
import org.artclinic.clinic.security.UserAccount;
import org.artclinic.clinic.security.UserAccountService;
import org.artclinic.clinic.security.UserRequest;
import org.artclinic.clinic.setup.ClinicSetupService;
import org.artclinic.clinic.setup.Practitioner;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff accounts for administrators (role ADMIN; others get 403 from the service): the same
 * {@link UserRequest} as the users page, the same one-time passwords. Users are never deleted;
 * {@code PATCH} with {@code "active": false} deactivates.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Users")
public class UserResource {

    private static final int MAX_PAGE = 200;

    @EJB
    private UserAccountService users;

    @EJB
    private TwoFactorService twoFactor;

    @EJB
    private ClinicSetupService setup;

    @EJB
    private SignInLimits limits;

    @JsonbNillable
    @Schema(name = "User", requiredProperties = {"id", "version", "username", "fullName", "email", "roles", "active",
            "passwordChangeRequired", "locked", "twoFactorEnabled", "practitionerId", "createdAt"})
    public record UserJson(@Schema(format = "int64") long id,
            @Schema(format = "int64", description = "send it back with a change (optimistic locking)") long version,
            String username, String fullName,
            @Schema(nullable = true) String email,
            @Schema(type = SchemaType.ARRAY, implementation = Role.class) List<String> roles,
            boolean active,
            @Schema(description = "true while the user still has a one-time password") boolean passwordChangeRequired,
            @Schema(description = "true while too many failed sign-ins lock the user name; POST .../unlock lifts it")
            boolean locked,
            @Schema(description = "true when sign-in asks for a code from the user's authenticator app")
            boolean twoFactorEnabled,
            @Schema(format = "int64", nullable = true, description = "the practitioner whose account this is")
            Long practitionerId,
            OffsetDateTime createdAt) {

        static UserJson of(UserAccount account, Map<Long, Long> practitionerByAccount, Set<String> locked) {
            return new UserJson(account.getId(), account.getVersion(), account.getUsername(), account.getFullName(),
                    account.getEmail(), EnumSet.copyOf(account.getRoles()).stream().map(Role::name).toList(),
                    account.isActive(), account.isPasswordChangeRequired(), locked.contains(account.getUsername()),
                    account.isTwoFactorEnabled(),
                    practitionerByAccount.get(account.getId()), account.getCreatedAt().atOffset(ZoneOffset.UTC));
        }
    }

    @Schema(name = "UserPage", requiredProperties = {"total", "first", "max", "items"})
    public record UserPage(@Schema(format = "int64") long total, int first, int max, List<UserJson> items) {
    }

    @Schema(name = "NewUser", description = "A staff account; its user gets a one-time password.")
    public record NewUserJson(
            @Schema(required = true, example = "jdoe", description = "3 to 50 letters, digits, dots, dashes or "
                    + "underscores, starting with a letter; stored in lower case") String username,
            @Schema(required = true, example = "Jordan Doe") String fullName,
            @Schema(example = "jdoe@clinic.example") String email,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = Role.class) List<String> roles,
            @Schema(format = "int64", description = "link the account to this practitioner") Long practitionerId) {
    }

    @Schema(name = "UserChange", description = "Only the fields given change; version is the one last read.")
    public record UserChangeJson(
            @Schema(required = true, format = "int64") Long version,
            String fullName, String email,
            @Schema(type = SchemaType.ARRAY, implementation = Role.class) List<String> roles,
            @Schema(format = "int64") Long practitionerId,
            @Schema(description = "true unlinks the practitioner") Boolean unlinkPractitioner,
            @Schema(description = "false deactivates (the user can no longer sign in), true reactivates")
            Boolean active) {
    }

    @Schema(name = "NewUserCreated", requiredProperties = {"user", "oneTimePassword"})
    public record CreatedJson(UserJson user,
            @Schema(description = "give it to the user once; they choose their own at the first sign-in")
            String oneTimePassword) {
    }

    @Schema(name = "OneTimePassword", requiredProperties = {"oneTimePassword"})
    public record OneTimePasswordJson(
            @Schema(description = "give it to the user once; they choose their own at the next sign-in")
            String oneTimePassword) {
    }

    @GET
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "listUsers", summary = "A page of staff accounts by user name (ADMIN)",
            description = "Active and deactivated accounts alike; users are never deleted.")
    @APIResponse(responseCode = "200", description = "A page of users",
            content = @Content(schema = @Schema(ref = "UserPage")))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(schema = @Schema(ref = "Error")))
    public UserPage list(
            @Parameter(description = "the start of a user name or part of a full name, ignoring case; "
                    + "empty lists everyone") @QueryParam("q") String q,
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + MAX_PAGE + " (default 50)") @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 50, 1, MAX_PAGE);
        checks.orFail();
        List<UserAccount> page = users.list(q, from, size);
        Map<Long, Long> links = practitionerLinks();
        Set<String> locked = limits.lockedAmong(page.stream().map(UserAccount::getUsername).toList());
        return new UserPage(users.count(q), from, size,
                page.stream().map(u -> UserJson.of(u, links, locked)).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "getUser", summary = "Read a staff account (ADMIN)",
            description = "With the version to send back with a change.")
    @APIResponse(responseCode = "200", description = "The user", content = @Content(schema = @Schema(ref = "User")))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(ref = "Error")))
    public UserJson find(@PathParam("id") String id) {
        return json(users.find(FieldChecks.pathId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "createUser", summary = "Create a staff account with a one-time password (ADMIN)",
            description = "The answer holds a one-time password: give it to the user once. It signs in only to the "
                    + "page where the user chooses their own password; the API refuses it.")
    @APIResponse(responseCode = "201", description = "Created; the answer holds the one-time password, shown once",
            content = @Content(schema = @Schema(ref = "NewUserCreated")))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid, or the user name is taken",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response create(NewUserJson body) {
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        String username = checks.required("username", body.username());
        String fullName = checks.required("fullName", body.fullName());
        Set<Role> roles = roles(checks, body.roles(), true);
        Long practitionerId = checks.id("practitionerId", body.practitionerId(), false);
        checks.orFail();
        UserAccountService.NewAccount created = users.create(
                new UserRequest(username, fullName, body.email(), roles, practitionerId));
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedJson(json(created.account()), created.oneTimePassword()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "updateUser", summary = "Change, deactivate or reactivate a staff account (ADMIN)",
            description = "The user name never changes. The last active administrator keeps the ADMIN role and "
                    + "stays active.")
    @APIResponse(responseCode = "200", description = "The user as saved",
            content = @Content(schema = @Schema(ref = "User")))
    @APIResponse(responseCode = "400", description = "A field is not valid, or someone else changed the user meanwhile",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(ref = "Error")))
    public UserJson update(@PathParam("id") String id, UserChangeJson body) {
        long userId = FieldChecks.pathId(id);
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        if (body.version() == null) {
            checks.add("version", "error.required");
        }
        Set<Role> roles = roles(checks, body.roles(), false);
        Long practitionerId = checks.id("practitionerId", body.practitionerId(), false);
        checks.orFail();
        UserAccount current = users.find(userId);
        Long linked = Boolean.TRUE.equals(body.unlinkPractitioner()) ? null
                : practitionerId != null ? practitionerId : practitionerLinks().get(userId);
        users.update(userId, body.version(), new UserRequest(null,
                body.fullName() != null ? body.fullName() : current.getFullName(),
                body.email() != null ? body.email() : current.getEmail(),
                roles != null ? roles : current.getRoles(), linked));
        if (body.active() != null) {
            users.setActive(userId, body.active());
        }
        return json(users.find(userId));
    }

    @POST
    @Path("{id}/password-reset")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "resetUserPassword", summary = "Give a staff account a new one-time password (ADMIN)",
            description = "The old password stops working; the user must choose their own at the next sign-in.")
    @APIResponse(responseCode = "200", description = "The one-time password, shown once",
            content = @Content(schema = @Schema(ref = "OneTimePassword")))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(ref = "Error")))
    public OneTimePasswordJson resetPassword(@PathParam("id") String id) {
        return new OneTimePasswordJson(users.resetPassword(FieldChecks.pathId(id)));
    }

    @POST
    @Path("{id}/two-factor-reset")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "resetUserTwoFactor", summary = "Turn off a staff account's two-factor sign-in (ADMIN)",
            description = "For a lost or new phone: the user signs in with their password alone until they set "
                    + "two-factor sign-in up again (an administrator must, when the clinic requires it).")
    @APIResponse(responseCode = "200", description = "The user, two-factor sign-in off",
            content = @Content(schema = @Schema(ref = "User")))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(ref = "Error")))
    public UserJson resetTwoFactor(@PathParam("id") String id) {
        return json(twoFactor.reset(FieldChecks.pathId(id)));
    }

    @POST
    @Path("{id}/unlock")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "unlockUser", summary = "Let a user name that failed sign-ins locked sign in again now (ADMIN)",
            description = "Forgets the user name's failed sign-ins on every server. A lock of the address the "
                    + "attempts came from is not lifted; it ends by itself within the hour.")
    @APIResponse(responseCode = "200", description = "The user, no longer locked",
            content = @Content(schema = @Schema(ref = "User")))
    @APIResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(ref = "Error")))
    public UserJson unlock(@PathParam("id") String id) {
        UserAccount account = users.find(FieldChecks.pathId(id));
        limits.unlock(account.getUsername());
        return json(account);
    }

    private UserJson json(UserAccount account) {
        return UserJson.of(account, practitionerLinks(), limits.lockedAmong(List.of(account.getUsername())));
    }

    /** The roles named in a request, each checked; null when none were given and none are required. */
    private static Set<Role> roles(FieldChecks checks, List<String> names, boolean required) {
        if (names == null || names.isEmpty()) {
            if (required || names != null) {
                checks.add("roles", "error.roles");
            }
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Role role = checks.choice("roles", name, Role.class, true);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Account id to practitioner id, for the (few) linked practitioners. */
    private Map<Long, Long> practitionerLinks() {
        return setup.practitioners().stream().filter(p -> p.getUserAccount() != null)
                .collect(Collectors.toMap(p -> p.getUserAccount().getId(), Practitioner::getId, (a, b) -> a));
    }
}
