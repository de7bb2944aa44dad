package th.otop.catalog.community;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgrammeVisits extends GenericRepository<ProgrammeVisit, Long> {
    ProgrammeVisit save(ProgrammeVisit row);

    /** The newest visit first. */
    List<ProgrammeVisit> findByProgrammeIdOrderByVisitedOnDescAndIdDesc(long programmeId);
}
