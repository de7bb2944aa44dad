package th.otop.catalog.stock;

/**
 * Why a stock number moved, shown to the producer next to each change by its label ({@code movement.<name>} in the
 * portal's messages); the movement's reference holds only an order's or purchase order's number and the option.
 */
public enum MovementReason {
    /** The opening stock of a new listing or option. */
    LISTED,
    SALE,
    /** Units a Sukjai Shop outlet's purchase order took. */
    WHOLESALE_SALE,
    CANCELLATION,
    EXPIRY,
    /** The shop changed the number by hand. */
    MANUAL
}
