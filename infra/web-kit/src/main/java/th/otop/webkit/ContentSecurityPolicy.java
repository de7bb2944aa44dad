package th.otop.webkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of the pages: {@link #strict()} is what every page gets (see {@link SecurityHeaders}); a
 * page that must load a provider's code (a payment form) widens a copy for itself alone and sends it as its own
 * header, which the filter then leaves in place.
 */
public final class ContentSecurityPolicy {
    public static final String HEADER = "Content-Security-Policy";

    private final Map<String, List<String>> directives = new LinkedHashMap<>();

    private ContentSecurityPolicy() {}

    /** Only our own scripts, styles, fonts and images (plus data: images for QR codes); no third-party code. */
    public static ContentSecurityPolicy strict() {
        return new ContentSecurityPolicy()
                .set("default-src", "'self'")
                .set("img-src", "'self'", "data:", "blob:")
                .set("style-src", "'self'")
                .set("script-src", "'self'")
                .set("font-src", "'self'")
                .set("connect-src", "'self'")
                .set("frame-ancestors", "'none'")
                .set("form-action", "'self'")
                .set("base-uri", "'self'")
                .set("object-src", "'none'");
    }

    private ContentSecurityPolicy set(String directive, String... sources) {
        directives.put(directive, new ArrayList<>(List.of(sources)));
        return this;
    }

    /**
     * Adds sources to a directive. A directive not set yet starts from {@code default-src}, as the browser would fall
     * back to it.
     */
    public ContentSecurityPolicy allow(String directive, String... sources) {
        List<String> list = directives.computeIfAbsent(
                directive, d -> new ArrayList<>(directives.getOrDefault("default-src", List.of())));
        for (String source : sources) {
            if (!list.contains(source)) {
                list.add(source);
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return directives.entrySet().stream()
                .map(e -> e.getKey() + " " + String.join(" ", e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
