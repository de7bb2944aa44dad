package th.otop.catalog.geography;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface Provinces extends GenericRepository<ProvinceRow, Integer> {
    List<ProvinceRow> findAll();
}
