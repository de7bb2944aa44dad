package th.otop.tools.bare;

import io.micronaut.runtime.Micronaut;

/**
 * The yardstick of the page benchmark: a bare Micronaut app rendering one Thymeleaf page of a product page's
 * size from a model held in memory, with no database, no search and no security.
 */
public final class BarePageApp {
    private BarePageApp() {}

    public static void main(String[] args) {
        Micronaut.run(BarePageApp.class, args);
    }
}
