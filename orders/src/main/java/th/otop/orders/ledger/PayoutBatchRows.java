package th.otop.orders.ledger;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PayoutBatchRows extends GenericRepository<PayoutBatchRow, Long> {
    PayoutBatchRow save(PayoutBatchRow row);

    Optional<PayoutBatchRow> findById(long id);

    List<PayoutBatchRow> findTop20OrderByIdDesc();
}
