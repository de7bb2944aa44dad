package th.otop.storefront.product;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import org.unbescape.html.HtmlEscape;
import th.otop.catalog.image.PhotoSize;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.product.Product;
import th.otop.catalog.search.SearchResults;

/**
 * A product in a list (search results, the home page, a shop, related products), already in the reader's language.
 *
 * @param titleHtml the title as safe HTML, with the words that matched the search in {@code <mark>}
 */
public record ProductCard(
        String publicId,
        String url,
        String title,
        String titleHtml,
        String producerName,
        String producerUrl,
        String province,
        String category,
        int stars,
        long priceSatang,
        boolean inStock,
        boolean sammachip,
        boolean fundLinked,
        @Nullable String photoUrl) {

    public boolean groupD() {
        return stars == 0;
    }

    public static ProductCard of(SearchResults.Hit hit, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String title = english && notBlank(hit.titleEn()) ? hit.titleEn() : hit.titleTh();
        String highlighted = english && notBlank(hit.titleEn()) ? hit.highlightEn() : hit.highlightTh();
        String producer = english && notBlank(hit.producerNameEn()) ? hit.producerNameEn() : hit.producerNameTh();
        return new ProductCard(
                hit.publicId(),
                ProductLinks.product(hit.publicId(), notBlank(hit.titleEn()) ? hit.titleEn() : hit.titleTh()),
                title,
                highlighted != null ? highlighted : HtmlEscape.escapeHtml5Xml(title),
                producer,
                ProductLinks.shop(
                        hit.producerPublicId(),
                        notBlank(hit.producerNameEn()) ? hit.producerNameEn() : hit.producerNameTh()),
                english ? hit.provinceEn() : hit.provinceTh(),
                hit.category().label(locale),
                hit.stars(),
                hit.priceSatang(),
                hit.inStock(),
                hit.sammachip(),
                hit.fundLinked(),
                ProductLinks.photo(hit.photoKey(), PhotoSize.LIST));
    }

    /** A card for a product read from the catalog rather than found by search (a shop's own list). */
    public static ProductCard of(
            Product product, Producer producer, String province, boolean sammachip, boolean fundLinked, Locale locale) {
        String title = product.title(locale);
        return new ProductCard(
                product.publicId(),
                ProductLinks.product(product.publicId(), ProductPage.canonicalTitle(product)),
                title,
                HtmlEscape.escapeHtml5Xml(title),
                producer.name(locale),
                ProductLinks.shop(producer.publicId(), ProductPage.canonicalName(producer)),
                province,
                product.category().label(locale),
                product.grading().starsOrZero(),
                product.priceSatang(),
                product.stock() > 0,
                sammachip,
                fundLinked,
                product.photos().isEmpty()
                        ? null
                        : ProductLinks.photo(product.photos().get(0).storageKey(), PhotoSize.LIST));
    }

    static boolean notBlank(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
