package th.otop.catalog.stock;

/** Why a stock number moved, shown to the producer next to each change. */
public enum MovementReason {
    SALE,
    CANCELLATION,
    EXPIRY,
    MANUAL
}
