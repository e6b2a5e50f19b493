package org.artclinic.clinic.outcome;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.artclinic.clinic.api.FieldChecks;
import org.artclinic.clinic.intake.BodyRegion;
import org.artclinic.clinic.outcome.OutcomeJson.InstrumentJson;
import org.artclinic.clinic.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outcome instruments' definitions, so that a form can show their items and answer ranges. */
@Path("outcome-instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Outcome measures")
public class OutcomeInstrumentResource {

    @GET
    // no service behind it: the instruments' published definitions, no patient data
    @RolesAllowed({Role.Names.FRONT_DESK, Role.Names.PRACTITIONER, Role.Names.MANAGER, Role.Names.ADMIN})
    @Operation(operationId = "listOutcomeInstruments", summary = "The outcome instruments",
            description = "Every instrument, or with region the one that fits it (neck: NDI, low back: ODI, shoulder, "
                    + "elbow, wrist/hand: QUICKDASH, hip, knee, ankle/foot: LEFS, elsewhere: NPRS).")
    @APIResponse(responseCode = "200", description = "The instruments",
            content = @Content(schema = @Schema(ref = "OutcomeInstrumentList")))
    @APIResponse(responseCode = "400", description = "Invalid region",
            content = @Content(schema = @Schema(ref = "Error")))
    public List<InstrumentJson> instruments(
            @Parameter(description = "a body region, e.g. NECK") @QueryParam("region") String regionName) {
        FieldChecks checks = new FieldChecks();
        BodyRegion region = checks.choice("region", regionName, BodyRegion.class, false);
        checks.orFail();
        if (region != null) {
            return List.of(InstrumentJson.of(Instrument.suggestedFor(region)));
        }
        return Arrays.stream(Instrument.values()).map(InstrumentJson::of).toList();
    }
}
