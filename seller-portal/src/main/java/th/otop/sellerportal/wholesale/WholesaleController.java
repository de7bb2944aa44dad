package th.otop.sellerportal.wholesale;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductNotFoundException;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.catalog.wholesale.PriceTier;
import th.otop.catalog.wholesale.WholesaleCatalogue;
import th.otop.catalog.wholesale.WholesaleTerms;
import th.otop.sellerportal.web.Formats;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;

/**
 * Which listings Sukjai Shop outlets may order wholesale, and on what terms. The form has {@link #TIERS} rows of
 * "from quantity / unit price"; empty rows are ignored, the catalog checks the rest (ascending quantities, prices not
 * going up, the first tier at or below the minimum order).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/wholesale")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class WholesaleController {
    static final int TIERS = 5;

    private final Products products;
    private final WholesaleCatalogue catalogue;
    private final Shop shop;
    private final Formats formats;
    private final HttpLocaleResolver locales;

    WholesaleController(
            Products products, WholesaleCatalogue catalogue, Shop shop, Formats formats, HttpLocaleResolver locales) {
        this.products = products;
        this.catalogue = catalogue;
        this.shop = shop;
        this.formats = formats;
        this.locales = locales;
    }

    @Get
    @View("wholesale/list")
    Map<String, Object> list(Authentication authentication) {
        List<Product> listings = products.listByProducer(shop.id(authentication));
        Map<ProductId, WholesaleTerms> terms =
                catalogue.findAll(listings.stream().map(Product::id).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Product p : listings) {
            Map<String, Object> row = new HashMap<>();
            row.put("product", p);
            row.put("terms", terms.get(p.id()));
            rows.add(row);
        }
        return Map.of("rows", rows);
    }

    @Get("/{publicId}")
    @View("wholesale/edit")
    Map<String, Object> form(Authentication authentication, String publicId) {
        Product product = owned(shop.id(authentication), publicId);
        return model(product, catalogue.find(product.id()).map(this::formOf).orElseGet(() -> blank(product)));
    }

    @Post("/{publicId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(
            HttpRequest<?> request, Authentication authentication, String publicId, @Body Map<String, String> form) {
        ProducerId producer = shop.id(authentication);
        Product product = owned(producer, publicId);
        try {
            catalogue.set(producer, termsOf(product.id(), form));
            return HttpResponse.seeOther(URI.create("/wholesale?saved=" + publicId));
        } catch (InvalidInputException e) {
            return Forms.invalid("wholesale/edit", model(product, form), e.errors(), locales.resolveOrDefault(request));
        }
    }

    @Post("/{publicId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remove(Authentication authentication, String publicId) {
        ProducerId producer = shop.id(authentication);
        catalogue.remove(producer, owned(producer, publicId).id());
        return HttpResponse.seeOther(URI.create("/wholesale"));
    }

    static WholesaleTerms termsOf(ProductId product, Map<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        int min = whole(form, "minOrderQuantity", errors, "จำนวนสั่งขั้นต่ำ", "The minimum order");
        int pack = whole(form, "casePack", errors, "จำนวนต่อลัง", "The case pack");
        List<PriceTier> tiers = new ArrayList<>();
        for (int i = 0; i < TIERS; i++) {
            String qty = Forms.value(form, "tierQty" + i);
            String price = Forms.value(form, "tierPrice" + i);
            if (qty.isEmpty() && price.isEmpty()) {
                continue;
            }
            OptionalLong satang = Formats.satang(price);
            int from = whole(form, "tierQty" + i, errors, "จำนวนของราคาส่ง", "A tier's quantity");
            if (satang.isEmpty()) {
                errors.add(new FieldError(
                        "tiers",
                        "ราคาส่งต้องเป็นตัวเลข เช่น 95 หรือ 95.50",
                        "A wholesale price must be a number, e.g. 95 or 95.50"));
            } else {
                tiers.add(new PriceTier(from, satang.getAsLong()));
            }
        }
        WholesaleTerms terms = new WholesaleTerms(product, min, pack, "on".equals(form.get("acceptsNetTerms")), tiers);
        if (!errors.isEmpty()) {
            // with the rules for the fields that could be read, so every problem shows at once
            Set<String> unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
            terms.problems().stream()
                    .filter(problem -> !unreadable.contains(problem.field()))
                    .forEach(errors::add);
            throw new InvalidInputException(errors);
        }
        return terms;
    }

    private static int whole(Map<String, String> form, String field, List<FieldError> errors, String th, String en) {
        try {
            return Integer.parseInt(Forms.value(form, field).replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(
                    field.startsWith("tier") ? "tiers" : field,
                    th + "ต้องเป็นจำนวนเต็ม",
                    en + " must be a whole number"));
            return 0;
        }
    }

    private Map<String, String> formOf(WholesaleTerms terms) {
        Map<String, String> form = new HashMap<>();
        form.put("minOrderQuantity", String.valueOf(terms.minOrderQuantity()));
        form.put("casePack", String.valueOf(terms.casePack()));
        form.put("acceptsNetTerms", terms.acceptsNetTerms() ? "on" : "");
        for (int i = 0; i < terms.tiers().size() && i < TIERS; i++) {
            form.put("tierQty" + i, String.valueOf(terms.tiers().get(i).minQuantity()));
            form.put("tierPrice" + i, formats.plainBaht(terms.tiers().get(i).unitPriceSatang()));
        }
        return form;
    }

    private static Map<String, String> blank(Product product) {
        Map<String, String> form = new HashMap<>();
        form.put("minOrderQuantity", "10");
        form.put("casePack", "1");
        // credit is the producer's own choice: a new listing starts without it (so does the database's default)
        form.put("tierQty0", "10");
        return form;
    }

    private static Map<String, Object> model(Product product, Map<String, ?> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("product", product);
        model.put("form", form);
        model.put("tierRows", java.util.stream.IntStream.range(0, TIERS).boxed().toList());
        return model;
    }

    private Product owned(ProducerId producer, String publicId) {
        return products.listByProducer(producer).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow(() -> new ProductNotFoundException(new ProductId(0)));
    }
}
