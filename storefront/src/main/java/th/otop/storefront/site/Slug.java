package th.otop.storefront.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The readable part of a clean URL ({@code /p/7hx3k2m9qrst/silk-scarf}): lower-case Latin letters and digits, Thai
 * letters kept as they are (Thai browsers show them decoded), everything else a single hyphen.
 */
public final class Slug {
    private static final int MAX_LENGTH = 60;

    private Slug() {}

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("[\\u0300-\\u036f]", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < plain.length() && slug.length() < MAX_LENGTH; i++) {
            char c = plain.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= '\u0E01' && c <= '\u0E5B');
            if (keep) {
                slug.append(c);
                hyphen = false;
            } else if (!hyphen && !slug.isEmpty()) {
                slug.append('-');
                hyphen = true;
            }
        }
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(0, end);
    }

    /** The slug as a path segment, percent-encoded so any client can follow it. */
    public static String encoded(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
