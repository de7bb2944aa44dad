package th.otop.orders.complaint;

/** What a complaint is about; the first three go to the producer, the platform to officers. */
public enum ComplaintSubject {
    ORDER,
    PRODUCT,
    PRODUCER,
    PLATFORM
}
