package th.otop.orders.complaint;

public enum ComplaintStatus {
    OPEN,
    IN_PROGRESS,
    WAITING_FOR_REPLY,
    RESOLVED,
    CLOSED
}
