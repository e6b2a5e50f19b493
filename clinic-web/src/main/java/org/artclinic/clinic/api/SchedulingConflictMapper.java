package org.artclinic.clinic.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.artclinic.clinic.scheduling.SchedulingConflict;

/** The practitioner, room or patient is taken, or it is outside working time: 409 naming what is in the way. */
@Provider
public class SchedulingConflictMapper implements ExceptionMapper<SchedulingConflict> {

    @Override
    public Response toResponse(SchedulingConflict e) {
        return ErrorResponses.of(409, new ConflictError(e.getMessage(), e.reasons()));
    }
}
