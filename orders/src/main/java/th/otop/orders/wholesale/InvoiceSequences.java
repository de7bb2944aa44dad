package th.otop.orders.wholesale;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvoiceSequences extends GenericRepository<InvoiceSequence, Integer> {
    /** Starts the year at 1 or adds one; the row stays locked until the caller's transaction ends. */
    @Query("INSERT INTO invoice_sequence (issue_year, last_number) VALUES (:issueYear, 1) "
            + "ON DUPLICATE KEY UPDATE last_number = last_number + 1")
    void advance(int issueYear);

    Optional<InvoiceSequence> findById(int issueYear);
}
