package th.otop.catalog.product;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProductGradeRows extends GenericRepository<ProductGradeRow, Long> {
    ProductGradeRow save(ProductGradeRow row);

    /** Newest first. */
    List<ProductGradeRow> findByProductIdInOrderByIdDesc(Collection<Long> productIds);
}
