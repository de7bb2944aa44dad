package th.otop.orders.complaint;

public enum ComplaintCategory {
    NOT_RECEIVED,
    DAMAGED,
    NOT_AS_DESCRIBED,
    LATE,
    PAYMENT,
    SERVICE,
    OTHER
}
