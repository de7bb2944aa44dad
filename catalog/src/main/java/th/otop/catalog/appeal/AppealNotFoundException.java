package th.otop.catalog.appeal;

/** No such appeal, or not one the asking producer may see. */
public class AppealNotFoundException extends RuntimeException {
    public AppealNotFoundException(long id) {
        super("No appeal " + id);
    }
}
