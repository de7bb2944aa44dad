package th.otop.storefront.product;

import io.micronaut.core.annotation.Nullable;
import th.otop.catalog.image.PhotoSize;
import th.otop.storefront.site.Slug;

/** The storefront's addresses of products, shops and photos, in one place. */
public final class ProductLinks {
    private ProductLinks() {}

    /** {@code /p/{publicId}/{slug}}, the product's canonical address. */
    public static String product(String publicId, String title) {
        String slug = Slug.of(title);
        return "/p/" + publicId + (slug.isEmpty() ? "" : "/" + Slug.encoded(slug));
    }

    /** {@code /shop/{publicId}/{slug}}, the producer's shop. */
    public static String shop(String publicId, String name) {
        String slug = Slug.of(name);
        return "/shop/" + publicId + (slug.isEmpty() ? "" : "/" + Slug.encoded(slug));
    }

    /**
     * A photo in one size; {@code base} is the stored photo's key without the size ({@code products/42/<uuid>}).
     */
    @Nullable
    public static String photo(@Nullable String base, PhotoSize size) {
        return base == null || base.isBlank()
                ? null
                : "/photos/" + base + "/" + size.name().toLowerCase(java.util.Locale.ROOT) + ".jpg";
    }
}
