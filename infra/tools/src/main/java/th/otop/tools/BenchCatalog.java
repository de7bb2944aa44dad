package th.otop.tools;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.ProducerProfile;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductDraft;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;

/** Verified producers and published products for the checkout benchmark, made through the real services. */
@Singleton
class BenchCatalog {
    private final Producers producers;
    private final Products products;

    BenchCatalog(Producers producers, Products products) {
        this.producers = producers;
        this.products = products;
    }

    List<ProductId> publishedProducts(int count, int producerCount, int stock) {
        List<ProducerId> makers = new ArrayList<>();
        for (int i = 0; i < producerCount; i++) {
            ProducerId id = producers.register(new ProducerProfile(
                    ProducerKind.COMMUNITY_ENTERPRISE,
                    "วิสาหกิจชุมชนทดสอบ " + i,
                    null,
                    null,
                    null,
                    32,
                    null,
                    null,
                    null,
                    null,
                    "0812345678",
                    null,
                    "0812345678",
                    true));
            producers.decideVerification(id, Verification.VERIFIED, null);
            makers.add(id);
        }
        List<ProductId> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProducerId maker = makers.get(i % makers.size());
            ProductId id = products.create(
                    maker,
                    new ProductDraft(
                            "สินค้าชุมชน " + i,
                            "Community product " + i,
                            null,
                            null,
                            Category.FOOD,
                            5_000 + i,
                            stock,
                            "ชิ้น",
                            "piece",
                            300,
                            0));
            products.publish(maker, id);
            made.add(id);
        }
        return made;
    }
}
