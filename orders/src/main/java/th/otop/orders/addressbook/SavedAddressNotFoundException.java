package th.otop.orders.addressbook;

/** No such address in this account's book: also what another account's address gives, so ids reveal nothing. */
public class SavedAddressNotFoundException extends RuntimeException {
    public SavedAddressNotFoundException(long id) {
        super("No saved address " + id);
    }
}
