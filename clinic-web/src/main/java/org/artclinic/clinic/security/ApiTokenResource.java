package org.artclinic.clinic.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.artclinic.clinic.api.ApiAuthenticationMechanism;
import org.artclinic.clinic.api.ApiError;
import org.artclinic.clinic.api.ApiText;
import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.setup.ClinicClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own personal access tokens (decision 0025), for every role: create one (shown
 * once), list them, revoke one. A token authenticates as its owner; it cannot create tokens, so a
 * leaked one cannot outlive its expiry by making another.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "API tokens")
public class ApiTokenResource {

    private static final int MAX_PAGE = 100;

    @EJB
    private ApiTokenService tokens;

    @Inject
    private ClinicClock clock;

    @Context
    private HttpServletRequest request;

    @JsonbNillable
    @Schema(name = "ApiToken", requiredProperties = {"id", "name", "roles", "createdAt", "expiresAt", "lastUsedAt",
            "expired"})
    public record TokenJson(@Schema(format = "int64") long id, String name,
            @Schema(type = SchemaType.ARRAY, implementation = Role.class,
                    description = "the roles it is limited to; empty: all of its owner's roles at each call")
            List<String> roles,
            OffsetDateTime createdAt, OffsetDateTime expiresAt,
            @Schema(nullable = true, description = "the last call made with it, to the minute; null if never used")
            OffsetDateTime lastUsedAt,
            @Schema(description = "true once it no longer authenticates; revoke it to remove it from the list")
            boolean expired) {

        static TokenJson of(ApiToken token, Instant now) {
            return new TokenJson(token.getId(), token.getName(), names(token.getRoles()), utc(token.getCreatedAt()),
                    utc(token.getExpiresAt()), token.getLastUsedAt() == null ? null : utc(token.getLastUsedAt()),
                    token.isExpiredAt(now));
        }
    }

    @Schema(name = "ApiTokenPage", requiredProperties = {"total", "first", "max", "items"})
    public record TokenPage(@Schema(format = "int64") long total, int first, int max, List<TokenJson> items) {
    }

    @Schema(name = "NewApiToken", description = "A token for the caller; only name is required.")
    public record NewTokenJson(
            @Schema(required = true, example = "Online booking", description = "what will use it, at most "
                    + ApiToken.MAX_NAME + " characters") String name,
            @Schema(example = "2027-03-01T00:00:00Z", description = "ISO-8601 with an offset; in the future and at "
                    + "most a year ahead; 90 days from now when absent") String expiresAt,
            @Schema(type = SchemaType.ARRAY, implementation = Role.class, description = "narrow it to some of your "
                    + "roles; all of your roles when absent") List<String> roles) {
    }

    @Schema(name = "NewApiTokenCreated", requiredProperties = {"id", "name", "roles", "createdAt", "expiresAt",
            "token"})
    public record CreatedJson(@Schema(format = "int64") long id, String name,
            @Schema(type = SchemaType.ARRAY, implementation = Role.class) List<String> roles,
            OffsetDateTime createdAt, OffsetDateTime expiresAt,
            @Schema(description = "send it as \"Authorization: Bearer <token>\"; shown this once, the server keeps "
                    + "only a digest", example = "artc_3q2-7wEJ8bXH0cYk1r5nT9uVfLmZpA6sD4gKiOeBwNy") String token) {
    }

    @GET
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(operationId = "listApiTokens", summary = "A page of your own API tokens, newest first",
            description = "Name, roles, expiry and last use of each; never the token itself.")
    @APIResponse(responseCode = "200", description = "A page of your tokens",
            content = @Content(schema = @Schema(ref = "ApiTokenPage")))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(schema = @Schema(ref = "Error")))
    public TokenPage list(
            @Parameter(description = "index of the first result (default 0)") @QueryParam("first") String first,
            @Parameter(description = "page size, 1 to " + MAX_PAGE + " (default 20)") @QueryParam("max") String max) {
        FieldChecks checks = new FieldChecks();
        int from = checks.number("first", first, 0, 0, Integer.MAX_VALUE);
        int size = checks.number("max", max, 20, 1, MAX_PAGE);
        checks.orFail();
        Instant now = clock.now();
        return new TokenPage(tokens.countMine(), from, size,
                tokens.mine(from, size).stream().map(t -> TokenJson.of(t, now)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(operationId = "createApiToken", summary = "Create an API token for yourself; it is shown once",
            description = "Sign in with your user name and password (HTTP Basic): a token cannot create tokens. The "
                    + "token authenticates as you, with your roles as they are at each call, narrowed to the roles "
                    + "given. Keep it like a password; the server keeps only a digest and cannot show it again.")
    @SecurityRequirement(name = "basic")
    @APIResponse(responseCode = "201", description = "Created; the answer holds the token, shown this once",
            content = @Content(schema = @Schema(ref = "NewApiTokenCreated")))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid",
            content = @Content(schema = @Schema(ref = "Error")))
    @APIResponse(responseCode = "403", description = "Called with a token",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response create(NewTokenJson body) {
        if (ApiAuthenticationMechanism.isTokenCall(request)) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(ApiText.text("error.tokenByToken"))).build();
        }
        FieldChecks.requireBody(body);
        FieldChecks checks = new FieldChecks();
        String name = checks.required("name", body.name());
        OffsetDateTime expiresAt = checks.dateTime("expiresAt", body.expiresAt(), false);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : body.roles() == null ? List.<String>of() : body.roles()) {
            Role chosen = checks.choice("roles", role, Role.class, true);
            if (chosen != null) {
                roles.add(chosen);
            }
        }
        checks.orFail();
        ApiTokenService.NewToken created;
        try {
            created = tokens.create(name, roles, expiresAt == null ? null : expiresAt.toInstant());
        } catch (ApiToken.Refused refused) {
            refused.problems().forEach(problem -> checks.addText(problem.field(), problem.message()));
            checks.orFail();
            throw refused;
        }
        ApiToken token = created.token();
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedJson(token.getId(), token.getName(), names(token.getRoles()),
                        utc(token.getCreatedAt()), utc(token.getExpiresAt()), created.secret()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(operationId = "revokeApiToken", summary = "Revoke one of your API tokens",
            description = "It stops working at once and leaves the list. Another user's token is not found.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "You have no token with this id",
            content = @Content(schema = @Schema(ref = "Error")))
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(FieldChecks.pathId(id));
        return Response.noContent().build();
    }

    private static List<String> names(Set<Role> roles) {
        return roles.isEmpty() ? List.of() : EnumSet.copyOf(roles).stream().map(Role::name).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
