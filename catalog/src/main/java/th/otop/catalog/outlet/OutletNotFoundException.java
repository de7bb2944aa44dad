package th.otop.catalog.outlet;

/** No such outlet, or not one the caller may see: the apps answer 404 either way. */
public class OutletNotFoundException extends RuntimeException {
    public OutletNotFoundException(String reference) {
        super("No outlet " + reference);
    }
}
