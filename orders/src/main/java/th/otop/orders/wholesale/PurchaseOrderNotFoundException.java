package th.otop.orders.wholesale;

/** No such purchase or supplier order for this caller: also another outlet's or producer's, so ids reveal nothing. */
public class PurchaseOrderNotFoundException extends RuntimeException {
    public PurchaseOrderNotFoundException(String reference) {
        super("No purchase order " + reference);
    }
}
