package th.otop.orders.complaint;

/** No such complaint, or not one the asker is party to: both answer 404. */
public class ComplaintNotFoundException extends RuntimeException {
    public ComplaintNotFoundException(String publicId) {
        super("No complaint " + publicId);
    }
}
