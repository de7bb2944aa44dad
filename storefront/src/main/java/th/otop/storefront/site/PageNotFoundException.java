package th.otop.storefront.site;

/**
 * "Not found" thrown from a route that takes a multipart form: its handler reads nothing from the request, since a
 * second reader of a multipart body fails the request instead of answering 404.
 */
public class PageNotFoundException extends RuntimeException {
    public PageNotFoundException(String what) {
        super(what);
    }
}
