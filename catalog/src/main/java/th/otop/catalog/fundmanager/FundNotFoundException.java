package th.otop.catalog.fundmanager;

/**
 * Something of another fund, or of none, asked for by a fund manager: the same "not found" as an unknown address, so a
 * manager learns nothing about other funds.
 */
public class FundNotFoundException extends RuntimeException {
    public FundNotFoundException(String what) {
        super("Not found for this fund manager: " + what);
    }
}
