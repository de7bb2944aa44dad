package th.otop.catalog.product;

/** Draft while the producer works on it; published for buyers; hidden by an officer, with a reason. */
public enum ProductStatus {
    DRAFT,
    PUBLISHED,
    HIDDEN
}
