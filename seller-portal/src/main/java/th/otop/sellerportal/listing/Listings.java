package th.otop.sellerportal.listing;

import jakarta.inject.Singleton;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.ProductNotFoundException;
import th.otop.catalog.product.Products;

/** Finds a listing by the opaque id in its URL, only among the signed-in member's own shop. */
@Singleton
class Listings {
    private final Products products;

    Listings(Products products) {
        this.products = products;
    }

    Product owned(ProducerId producer, String publicId) {
        return products.listByProducer(producer).stream()
                .filter(p -> p.publicId().equals(publicId))
                .findFirst()
                .orElseThrow(() -> new ProductNotFoundException(new ProductId(0)));
    }
}
