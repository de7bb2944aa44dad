package th.otop.sellerportal.listing;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import th.otop.catalog.appeal.ListingAppeals;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductGrades;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductNotFoundException;
import th.otop.catalog.product.Products;
import th.otop.catalog.reference.CategoryLabels;

/**
 * Finds a listing by the opaque id in its URL, only among the signed-in member's own shop, and builds what its edit
 * page shows: the categories it may choose, the OTOP grades officers recorded (read-only) and, for a hidden listing,
 * the appeal against the hide.
 */
@Singleton
class Listings {
    private final Products products;
    private final CategoryLabels categories;
    private final ListingAppeals appeals;
    private final ProductGrades grades;

    Listings(Products products, CategoryLabels categories, ListingAppeals appeals, ProductGrades grades) {
        this.products = products;
        this.categories = categories;
        this.appeals = appeals;
        this.grades = grades;
    }

    Product owned(ProducerId producer, String publicId) {
        return products.listByProducer(producer).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow(() -> new ProductNotFoundException(new ProductId(0)));
    }

    /** The edit page's model; {@code product} is null for a new listing. */
    Map<String, Object> editModel(Producer producer, Product product, Map<String, ?> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("producer", producer);
        model.put("form", form);
        Category current = product == null ? null : product.category();
        model.put("categories", categories.choosable(current));
        if (product != null) {
            model.put("product", product);
            appeals.current(producer.id(), product.id()).ifPresent(appeal -> model.put("appeal", appeal));
            model.put("canAppeal", appeals.canAppeal(producer.id(), product.id()));
            model.put("grades", grades.history(product.id()));
        }
        return model;
    }
}
