package th.otop.sellerportal.listing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductDraft;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Formats;
import th.otop.sellerportal.web.Forms;

/**
 * A listing as typed into the form, a CSV row or an autosave: text fields by name. Numbers that are not
 * numbers are reported by field, like every other rule; the catalog checks the rest. There is no OTOP star field:
 * stars are an officer's grade, and anything posted under another name is never read.
 */
final class ListingForm {
    static final List<String> FIELDS = List.of(
            "titleTh",
            "titleEn",
            "descriptionTh",
            "descriptionEn",
            "category",
            "price",
            "stock",
            "unitTh",
            "unitEn",
            "weightGrams",
            "processingDays");

    private ListingForm() {}

    /**
     * The typed listing as a draft, or every problem with it at once: the fields that could not be read (a price that
     * is not a number) and the draft's own rules for all the others.
     */
    static ProductDraft draft(Map<String, String> form) {
        List<FieldError> errors = new ArrayList<>();
        Category category = null;
        try {
            category = Category.valueOf(Forms.value(form, "category"));
        } catch (IllegalArgumentException e) {
            // the draft's rules report a missing category
        }
        OptionalLong price = Formats.satang(form.get("price"));
        if (price.isEmpty()) {
            errors.add(new FieldError(
                    "price",
                    "กรุณากรอกราคาเป็นตัวเลข เช่น 150 หรือ 150.50",
                    "Enter the price as a number, e.g. 150 or 150.50"));
        }
        int stock = integer(form, "stock", 0, errors, "จำนวนสต็อก", "The stock");
        int weight = integer(form, "weightGrams", 0, errors, "น้ำหนัก", "The weight");
        int days = integer(form, "processingDays", 1, errors, "ระยะเวลาเตรียมสินค้า", "The processing time");
        ProductDraft draft = new ProductDraft(
                Forms.value(form, "titleTh"),
                Forms.blankToNull(form.get("titleEn")),
                Forms.blankToNull(form.get("descriptionTh")),
                Forms.blankToNull(form.get("descriptionEn")),
                category,
                // an unreadable price is already reported; a stand-in keeps the draft's price rule quiet
                price.orElse(1),
                stock,
                Forms.value(form, "unitTh"),
                Forms.value(form, "unitEn"),
                weight,
                days);
        if (!errors.isEmpty()) {
            Set<String> unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
            draft.problems().stream()
                    .filter(problem -> !unreadable.contains(problem.field()))
                    .forEach(errors::add);
            throw new InvalidInputException(errors);
        }
        return draft;
    }

    static Map<String, String> of(Product p) {
        Map<String, String> form = new HashMap<>();
        form.put("titleTh", p.titleTh());
        form.put("titleEn", nullToBlank(p.titleEn()));
        form.put("descriptionTh", nullToBlank(p.descriptionTh()));
        form.put("descriptionEn", nullToBlank(p.descriptionEn()));
        form.put("category", p.category().name());
        form.put("price", new Formats().plainBaht(p.priceSatang()));
        form.put("stock", String.valueOf(p.stock()));
        form.put("unitTh", p.unitTh());
        form.put("unitEn", nullToBlank(p.unitEn()));
        form.put("weightGrams", String.valueOf(p.weightGrams()));
        form.put("processingDays", String.valueOf(p.processingDays()));
        return form;
    }

    /** The product's fields with a new price and stock (bulk edit). */
    static ProductDraft withPriceAndStock(Product p, long priceSatang, int stock) {
        return new ProductDraft(
                p.titleTh(),
                p.titleEn(),
                p.descriptionTh(),
                p.descriptionEn(),
                p.category(),
                priceSatang,
                stock,
                p.unitTh(),
                p.unitEn(),
                p.weightGrams(),
                p.processingDays());
    }

    private static int integer(
            Map<String, String> form, String field, int fallback, List<FieldError> errors, String th, String en) {
        String value = Forms.value(form, field).replace(",", "");
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, th + "ต้องเป็นจำนวนเต็ม", en + " must be a whole number"));
            return fallback;
        }
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
