package th.otop.catalog.community;

/** No programme has this id; the apps answer 404. */
public class ProgrammeNotFoundException extends RuntimeException {
    public ProgrammeNotFoundException(long id) {
        super("programme " + id);
    }
}
