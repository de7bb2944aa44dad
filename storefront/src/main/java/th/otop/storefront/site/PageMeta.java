package th.otop.storefront.site;

import io.micronaut.core.annotation.Nullable;

/**
 * What a page tells search engines and link previews, rendered by the shared layout's {@code <head>} when a page
 * puts it in its model as {@code meta}.
 *
 * @param canonical the page's one absolute address
 * @param jsonLd schema.org structured data, already safe to place inside {@code <script type="application/ld+json">}
 */
public record PageMeta(
        String title,
        @Nullable String description,
        String canonical,
        String ogType,
        @Nullable String image,
        @Nullable String jsonLd) {

    /** Makes JSON safe inside a script element: no {@code </script>}, no HTML comment openers. */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A description of at most about 160 characters, cut at a word boundary where there is one. */
    @Nullable
    public static String shorten(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= 160) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 157);
        return flat.substring(0, cut > 100 ? cut : 157) + "…";
    }
}
