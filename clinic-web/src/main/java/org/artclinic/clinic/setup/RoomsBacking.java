package org.artclinic.clinic.setup;

import java.io.Serializable;
import java.util.List;

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

    /** The location the list and the form belong to: the page's pick when they were last shown. */
    private final Pick shown = new Pick();

    private String newRoomName;

    // the room dialog: the room being renamed
    private Long roomId;
    private long roomVersion;
    private String roomName;

    public List<Room> getRooms() {
        follow();
        if (rooms == null) {
            rooms = shown.getId() == null ? List.of() : setup.roomsAt(shown.getId());
        }
        return rooms;
    }

    public void addRoom() {
        follow();
        Location location = locations.getSelected();
        if (location == null) {
            return;
        }
        String typed = newRoomName == null ? "" : newRoomName.strip();
        if (Messages.change(() -> setup.createRoom(location.getId(), newRoomName), "rooms.added", typed,
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
        String typed = roomName == null ? "" : roomName.strip();
        if (Messages.change(() -> setup.renameRoom(roomId, roomVersion, roomName), "rooms.renamed", typed)) {
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
        if (shown.catchUp(locations.getSelection())) {
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
