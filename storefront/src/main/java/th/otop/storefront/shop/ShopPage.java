package th.otop.storefront.shop;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import th.otop.catalog.community.ProducerLinkages;
import th.otop.catalog.geography.Province;
import th.otop.catalog.producer.Producer;
import th.otop.storefront.product.ProductCard;

/**
 * A shop in the reader's language. Until buyers' reviews exist, "ratings" are the OTOP star gradings of its
 * products: how many are graded and the best grade.
 */
public record ShopPage(
        String name,
        String kind,
        @Nullable String story,
        String place,
        String region,
        List<String> groups,
        List<String> funds,
        int villagesHouseholds,
        List<ProductCard> products,
        int gradedProducts,
        int bestStars) {

    static ShopPage of(
            Producer producer,
            @Nullable Province province,
            ProducerLinkages links,
            List<ProductCard> products,
            Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        StringBuilder place = new StringBuilder();
        for (String part : new String[] {producer.village(), producer.subdistrict(), producer.district()}) {
            if (part != null && !part.isBlank()) {
                place.append(part).append(", ");
            }
        }
        place.append(province == null ? "" : province.name(locale));
        List<String> groups = links.groups().stream()
                .map(g -> english
                                && g.group().nameEn() != null
                                && !g.group().nameEn().isBlank()
                        ? g.group().nameEn()
                        : g.group().nameTh())
                .toList();
        List<String> funds = links.funds().stream()
                .map(f -> english
                                && f.fund().nameEn() != null
                                && !f.fund().nameEn().isBlank()
                        ? f.fund().nameEn()
                        : f.fund().nameTh())
                .toList();
        int households = links.groups().stream()
                .mapToInt(g -> g.programme() == null ? 0 : g.programme().householdsTrained())
                .sum();
        OptionalDouble best = products.stream().mapToInt(ProductCard::stars).max().stream()
                .asDoubleStream()
                .findFirst();
        return new ShopPage(
                producer.name(locale),
                producer.kind().label(locale),
                english && producer.storyEn() != null && !producer.storyEn().isBlank()
                        ? producer.storyEn()
                        : producer.storyTh(),
                place.toString(),
                province == null ? "" : province.region().label(locale),
                groups,
                funds,
                households,
                products,
                (int) products.stream().filter(p -> !p.groupD()).count(),
                (int) best.orElse(0));
    }
}
