package th.otop.catalog.community;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgrammeVisits extends GenericRepository<ProgrammeVisitRow, Long> {
    ProgrammeVisitRow save(ProgrammeVisitRow row);

    /** The newest visit first. */
    List<ProgrammeVisitRow> findByProgrammeIdOrderByVisitedOnDescAndIdDesc(long programmeId);
}
