package th.otop.storefront;

import io.micronaut.runtime.Micronaut;
import th.otop.webkit.Preflight;

public class Application {
    public static void main(String[] args) {
        Preflight.check(args);
        Micronaut.run(Application.class, args);
    }
}
