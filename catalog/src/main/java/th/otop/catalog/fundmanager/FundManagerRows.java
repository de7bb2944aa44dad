package th.otop.catalog.fundmanager;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FundManagerRows extends GenericRepository<FundManagerRow, Long> {
    FundManagerRow save(FundManagerRow row);

    Optional<FundManagerRow> findById(long accountId);

    List<FundManagerRow> findAll();

    List<FundManagerRow> findByFundIdOrderByAccountId(long fundId);

    void deleteById(long accountId);
}
