package th.otop.orders.complaint;

public enum ComplaintStatus {
    OPEN,
    IN_PROGRESS,
    WAITING_FOR_REPLY,
    RESOLVED,
    CLOSED;

    /**
     * The status after a message in the thread. The handler's answer waits for the complainant; the complainant's
     * message hands an answered complaint back to the handler, but one nobody has answered yet stays open.
     */
    ComplaintStatus afterMessage(boolean fromComplainant) {
        if (!fromComplainant) {
            return WAITING_FOR_REPLY;
        }
        return this == OPEN ? OPEN : IN_PROGRESS;
    }
}
