package fr.equipage.ui.board;

import java.util.function.Supplier;

/** The room view is open at most once: the same key opens it, or closes the one that is showing. */
final class RoomViewSwitch {
    private RoomView room;

    void toggle(Supplier<RoomView> open) {
        if (room != null && room.stage().isShowing()) {
            room.close();
        } else {
            room = open.get();
        }
    }

    RoomView room() {
        return room;
    }
}
