package th.otop.catalog.appeal;

/** Open until an officer restores the listing or upholds the hide. */
public enum AppealStatus {
    OPEN,
    RESTORED,
    UPHELD
}
