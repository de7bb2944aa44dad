package th.otop.orders.order;

/** No such order for this caller: also what a producer gets for another producer's order, so ids reveal nothing. */
public class OrderNotFoundException extends RuntimeException {
    public OrderNotFoundException(String reference) {
        super("No order " + reference);
    }
}
