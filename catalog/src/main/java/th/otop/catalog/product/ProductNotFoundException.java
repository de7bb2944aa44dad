package th.otop.catalog.product;

/** No such product, or not one the asking producer owns: the apps answer both with 404. */
public class ProductNotFoundException extends RuntimeException {
    public ProductNotFoundException(ProductId id) {
        super("No product " + id.value());
    }
}
