package th.otop.sellerportal.listing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Formats;
import th.otop.sellerportal.web.Shop;

/** Many listings at once: price and stock on one page, and CSV export and import. */
@Produces(MediaType.TEXT_HTML)
@Controller("/listings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BulkAndCsvController {
    private final Products products;
    private final ListingCsv csv;
    private final Shop shop;
    private final HttpLocaleResolver locales;

    BulkAndCsvController(Products products, ListingCsv csv, Shop shop, HttpLocaleResolver locales) {
        this.products = products;
        this.csv = csv;
        this.shop = shop;
        this.locales = locales;
    }

    @Get("/bulk")
    @View("listing/bulk")
    Map<String, Object> bulkForm(Authentication authentication) {
        return Map.of("listings", products.listByProducer(shop.id(authentication)), "problems", List.of());
    }

    /** Fields {@code price.<id>} and {@code stock.<id>}; rows that did not change are left alone. */
    @Post("/bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bulk(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        ProducerId producer = shop.id(authentication);
        List<String> problems = new ArrayList<>();
        var locale = locales.resolveOrDefault(request);
        for (Product product : products.listByProducer(producer)) {
            String price = form.get("price." + product.publicId());
            String stock = form.get("stock." + product.publicId());
            if (price == null && stock == null) {
                continue;
            }
            OptionalLong satang = price == null ? OptionalLong.of(product.priceSatang()) : Formats.satang(price);
            Integer units = parse(stock, product.stock());
            if (satang.isEmpty() || units == null) {
                problems.add(product.title(locale) + ": "
                        + ("th".equals(locale.getLanguage())
                                ? "ราคาหรือสต็อกไม่ใช่ตัวเลข"
                                : "price or stock is not a number"));
                continue;
            }
            try {
                products.update(
                        producer, product.id(), ListingForm.withPriceAndStock(product, satang.getAsLong(), units));
            } catch (InvalidInputException e) {
                e.errors().forEach(error -> problems.add(product.title(locale) + ": " + error.message(locale)));
            }
        }
        if (problems.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/listings?bulk=saved"));
        }
        return HttpResponse.unprocessableEntity()
                .body(new ModelAndView<>(
                        "listing/bulk", Map.of("listings", products.listByProducer(producer), "problems", problems)));
    }

    @Get(value = "/export.csv", produces = "text/csv;charset=utf-8")
    HttpResponse<String> export(Authentication authentication) {
        return HttpResponse.ok(csv.export(shop.id(authentication)))
                .header("Content-Disposition", "attachment; filename=\"listings.csv\"");
    }

    @Get("/import")
    @View("listing/import")
    Map<String, Object> importForm(Authentication authentication) {
        shop.id(authentication);
        return Map.of("columns", ListingCsv.COLUMNS);
    }

    @Post("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importFile(
            HttpRequest<?> request, Authentication authentication, @Part("file") CompletedFileUpload file)
            throws IOException {
        ProducerId producer = shop.id(authentication);
        ListingCsv.Result result;
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            result = csv.importFrom(producer, reader);
        }
        var locale = locales.resolveOrDefault(request);
        List<Map<String, Object>> rows = new ArrayList<>();
        result.errors().forEach(e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("line", e.line());
            row.put("message", e.message(locale));
            rows.add(row);
        });
        Map<String, Object> model = new HashMap<>();
        model.put("columns", ListingCsv.COLUMNS);
        model.put("created", result.created());
        model.put("updated", result.updated());
        model.put("unchanged", result.unchanged());
        model.put("rowErrors", rows);
        model.put("rowWarnings", result.warnings());
        model.put("done", true);
        return (result.errors().isEmpty() ? HttpResponse.ok() : HttpResponse.unprocessableEntity())
                .body(new ModelAndView<>("listing/import", model));
    }

    private static Integer parse(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
