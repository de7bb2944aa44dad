package th.otop.storefront.site;

import io.micronaut.core.annotation.Nullable;
import java.util.regex.Pattern;

/**
 * A path on this site to send someone back to (after signing in, after saving a favourite). Anything else, such as
 * {@code //elsewhere.example} or a full address, is refused, so a link can never send a visitor off the site.
 */
public final class LocalPath {
    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e]{0,500}");

    private LocalPath() {}

    public static String or(@Nullable String path, String fallback) {
        return path != null && SAFE.matcher(path).matches() ? path : fallback;
    }
}
