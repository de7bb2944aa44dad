package th.otop.catalog.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;

/**
 * Notes that search must see a change. Always called inside the transaction of the change itself, so
 * the note exists exactly when the change does; {@link ProductIndexer} drains the notes.
 */
@Singleton
public class SearchOutbox {
    private final JdbcOperations jdbc;

    SearchOutbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(ProductId product) {
        jdbc.prepareStatement("INSERT INTO search_outbox (product_id) VALUES (?)", ps -> {
            ps.setLong(1, product.value());
            return ps.executeUpdate();
        });
    }

    /** A producer's name, place, grade or links show on all its products. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void recordProducer(ProducerId producer) {
        jdbc.prepareStatement(
                "UPDATE product SET version = version + 1 WHERE producer_id = ? AND deleted_at IS NULL", ps -> {
                    ps.setLong(1, producer.value());
                    return ps.executeUpdate();
                });
        jdbc.prepareStatement(
                "INSERT INTO search_outbox (product_id) SELECT id FROM product WHERE producer_id = ?", ps -> {
                    ps.setLong(1, producer.value());
                    return ps.executeUpdate();
                });
    }
}
