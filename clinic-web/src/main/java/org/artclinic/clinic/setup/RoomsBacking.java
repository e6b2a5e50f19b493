package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.artclinic.clinic.web.Messages;

/**
 * The rooms part of {@code admin/locations.xhtml}: the rooms of the location picked in
 * {@link LocationsBacking}, adding one, renaming one in the room dialog, taking one out of use.
 *
 * <p>The rooms are read by one query for that location, once per view and again after a change or
 * when another location is picked; the list is a transient cache (entities are not serializable).
 */
@Named
@ViewScoped
public class RoomsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicSetupService setup;

    @Inject
    private LocationsBacking locations;

    private transient List<Room> rooms;

    /** The location the list and the typed room name belong to, and the pick that showed it. */
    private Long shownFor;
    private int shownPick;

    private String newRoomName;

    // the room dialog: the room being renamed
    private Long roomId;
    private long roomVersion;
    private String roomName;

    public List<Room> getRooms() {
        follow();
        if (rooms == null) {
            rooms = shownFor == null ? List.of() : setup.roomsAt(shownFor);
        }
        return rooms;
    }

    public void addRoom() {
        follow();
        Location location = locations.getSelected();
        if (location == null) {
            return;
        }
        String shown = newRoomName == null ? "" : newRoomName.strip();
        if (Messages.change(() -> setup.createRoom(location.getId(), newRoomName), "rooms.added", shown,
                location.getName())) {
            newRoomName = null;
            rooms = null;
        }
    }

    public void editRoom(Room room) {
        roomId = room.getId();
        roomVersion = room.getVersion();
        roomName = room.getName();
    }

    public void renameRoom() {
        if (roomId == null) {
            return;
        }
        String shown = roomName == null ? "" : roomName.strip();
        if (Messages.change(() -> setup.renameRoom(roomId, roomVersion, roomName), "rooms.renamed", shown)) {
            rooms = null;
        }
    }

    public void setRoomActive(Room room, boolean active) {
        if (Messages.change(() -> {
            setup.setRoomActive(room.getId(), active);
            return null;
        }, active ? "rooms.activated" : "rooms.deactivated", room.getName())) {
            rooms = null;
        }
    }

    /** A location picked (another, or the same again): its rooms, and an empty name field. */
    private void follow() {
        Long selected = locations.getSelectedId();
        if (!Objects.equals(selected, shownFor) || shownPick != locations.getPicks()) {
            shownFor = selected;
            shownPick = locations.getPicks();
            rooms = null;
            newRoomName = null;
        }
    }

    public String getNewRoomName() {
        return newRoomName;
    }

    public void setNewRoomName(String newRoomName) {
        this.newRoomName = newRoomName;
    }

    public String getRoomName() {
        return roomName;
    }

    public void setRoomName(String roomName) {
        this.roomName = roomName;
    }
}
