package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;

/**
 * Backs {@code admin/appointment-types.xhtml}: what can be booked, with its length and colour
 * (add, edit, activate). The list is a transient cache, reloaded after each change.
 */
@Named
@ViewScoped
public class AppointmentTypesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicSetupService setup;

    private transient List<AppointmentType> types;

    private Long editId;
    private long editVersion;
    private String name;
    private Integer minutes = 30;
    private String colour = PractitionersBacking.DEFAULT_COLOUR;
    private boolean needsRoom = true;

    public List<AppointmentType> getTypes() {
        if (types == null) {
            types = setup.appointmentTypes();
        }
        return types;
    }

    public void newType() {
        editId = null;
        editVersion = 0;
        name = null;
        minutes = 30;
        colour = PractitionersBacking.DEFAULT_COLOUR;
        needsRoom = true;
    }

    public void edit(AppointmentType type) {
        editId = type.getId();
        editVersion = type.getVersion();
        name = type.getName();
        minutes = type.getDurationMinutes();
        colour = type.getColour();
        needsRoom = type.isNeedsRoom();
    }

    public boolean isEditing() {
        return editId != null;
    }

    public void save() {
        if (minutes == null) {
            Messages.refuseKey("types.minutesRequired");
            return;
        }
        String shown = name == null ? "" : name.strip();
        if (Messages.change(() -> editId == null
                ? setup.createAppointmentType(name, minutes, colour, needsRoom)
                : setup.updateAppointmentType(editId, editVersion, name, minutes, colour, needsRoom),
                editId == null ? "types.added" : "types.saved", shown)) {
            types = null;
        }
    }

    public void setActive(AppointmentType type, boolean active) {
        if (Messages.change(() -> {
            setup.setAppointmentTypeActive(type.getId(), active);
            return null;
        }, active ? "types.activated" : "types.deactivated", type.getName())) {
            types = null;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public boolean isNeedsRoom() {
        return needsRoom;
    }

    public void setNeedsRoom(boolean needsRoom) {
        this.needsRoom = needsRoom;
    }
}
