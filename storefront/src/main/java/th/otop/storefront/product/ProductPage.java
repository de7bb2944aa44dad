package th.otop.storefront.product;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.otop.catalog.community.ProducerLinkages;
import th.otop.catalog.community.SammachipProgramme;
import th.otop.catalog.geography.Province;
import th.otop.catalog.image.PhotoSize;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Variant;

/** The product page in the reader's language: the product, its photos, and who made it where. */
public record ProductPage(
        String publicId,
        String url,
        String title,
        @Nullable String description,
        String category,
        String categoryUrl,
        @Nullable Integer stars,
        @Nullable Integer gradedYear,
        long priceSatang,
        String unit,
        int stock,
        int processingDays,
        int weightGrams,
        List<Photo> photos,
        List<Option> options,
        ProducerCard producer) {

    /** At or below this many units left the page says how many remain. */
    public static final int FEW_LEFT = 5;

    /** A product with options is in stock while any option is: its own stock is not sold then. */
    public boolean inStock() {
        return options.isEmpty() ? stock > 0 : options.stream().anyMatch(Option::inStock);
    }

    public boolean fewLeft() {
        return options.isEmpty() && stock > 0 && stock <= FEW_LEFT;
    }

    /** A product with options is sold only as one of them, so its price is the lowest option's, shown "from". */
    public boolean priceFrom() {
        return !options.isEmpty();
    }

    /** A size or colour the producer offers, with its own price and stock; the picker posts its id. */
    public record Option(long id, String name, long priceSatang, int stock) {
        public boolean inStock() {
            return stock > 0;
        }

        public boolean fewLeft() {
            return stock > 0 && stock <= FEW_LEFT;
        }
    }

    public record Photo(String page, String zoom, String thumbnail, String alt, int width, int height) {}

    /** Who made it: the shop, its place, and the community it is part of. */
    public record ProducerCard(
            String name,
            String url,
            String kind,
            @Nullable String story,
            String place,
            String province,
            List<Group> groups,
            List<Fund> funds) {}

    /** An occupational group and, when it came out of one, the village's sammachip programme. */
    public record Group(
            String name,
            int households,
            @Nullable String village,
            @Nullable String sage,
            int trainers,
            int householdsTrained,
            List<String> occupations) {}

    public record Fund(String name, String kind, String relation) {}

    static ProductPage of(
            Product product, Producer producer, @Nullable Province province, ProducerLinkages links, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String title = product.title(locale);
        List<Photo> photos = new ArrayList<>();
        for (Product.Photo p : product.photos()) {
            photos.add(new Photo(
                    ProductLinks.photo(p.storageKey(), PhotoSize.PAGE),
                    ProductLinks.photo(p.storageKey(), PhotoSize.ZOOM),
                    ProductLinks.photo(p.storageKey(), PhotoSize.LIST),
                    title,
                    p.width(),
                    p.height()));
        }
        String provinceName = province == null ? "" : province.name(locale);
        List<String> placeParts = new ArrayList<>();
        for (String part : new String[] {producer.village(), producer.subdistrict(), producer.district()}) {
            if (part != null && !part.isBlank()) {
                placeParts.add(part);
            }
        }
        placeParts.add(provinceName);
        List<Group> groups = new ArrayList<>();
        for (ProducerLinkages.GroupLink link : links.groups()) {
            SammachipProgramme sp = link.programme();
            String name = english && ProductCard.notBlank(link.group().nameEn())
                    ? link.group().nameEn()
                    : link.group().nameTh();
            groups.add(new Group(
                    name,
                    link.group().households(),
                    sp == null ? null : sp.village(),
                    sp == null ? null : sp.sageName(),
                    sp == null ? 0 : sp.trainerNames().size(),
                    sp == null ? 0 : sp.householdsTrained(),
                    sp == null ? List.of() : sp.occupations()));
        }
        List<Fund> funds = new ArrayList<>();
        for (ProducerLinkages.FundLink link : links.funds()) {
            String name = english && ProductCard.notBlank(link.fund().nameEn())
                    ? link.fund().nameEn()
                    : link.fund().nameTh();
            funds.add(new Fund(
                    name, link.fund().kind().label(locale), link.relation().name()));
        }
        String story = english && ProductCard.notBlank(producer.storyEn()) ? producer.storyEn() : producer.storyTh();
        String description = english && ProductCard.notBlank(product.descriptionEn())
                ? product.descriptionEn()
                : product.descriptionTh();
        return new ProductPage(
                product.publicId(),
                ProductLinks.product(product.publicId(), canonicalTitle(product)),
                title,
                description,
                product.category().label(locale),
                "/search?cat=" + product.category().name().toLowerCase(Locale.ROOT),
                product.grading().stars(),
                product.grading().year(),
                product.variants().stream()
                        .mapToLong(Variant::priceSatang)
                        .min()
                        .orElse(product.priceSatang()),
                english ? product.unitEn() : product.unitTh(),
                product.stock(),
                product.processingDays(),
                product.weightGrams(),
                photos,
                product.variants().stream()
                        .map(v -> new Option(v.id(), v.name(locale), v.priceSatang(), v.stock()))
                        .toList(),
                new ProducerCard(
                        producer.name(locale),
                        ProductLinks.shop(producer.publicId(), canonicalName(producer)),
                        producer.kind().label(locale),
                        story,
                        String.join(", ", placeParts),
                        provinceName,
                        groups,
                        funds));
    }

    /** The English title when there is one, so a product has one address whatever language its reader uses. */
    public static String canonicalTitle(Product product) {
        return ProductCard.notBlank(product.titleEn()) ? product.titleEn() : product.titleTh();
    }

    public static String canonicalName(Producer producer) {
        return ProductCard.notBlank(producer.nameEn()) ? producer.nameEn() : producer.nameTh();
    }
}
