package th.otop.orders.ledger;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PayoutRows extends GenericRepository<PayoutRow, Long> {
    PayoutRow save(PayoutRow row);

    List<PayoutRow> findByProducerIdOrderByIdDesc(long producerId);

    List<PayoutRow> findByBatchIdInOrderById(Collection<Long> batchIds);
}
