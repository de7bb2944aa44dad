package th.otop.catalog.producer;

/** Set by CDD officers; only verified producers' listings reach buyers. */
public enum Verification {
    PENDING,
    VERIFIED,
    SUSPENDED
}
