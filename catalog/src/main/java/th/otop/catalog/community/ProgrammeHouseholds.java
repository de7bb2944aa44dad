package th.otop.catalog.community;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgrammeHouseholds extends GenericRepository<ProgrammeHouseholdRow, Long> {
    ProgrammeHouseholdRow save(ProgrammeHouseholdRow row);

    List<ProgrammeHouseholdRow> findByProgrammeIdOrderById(long programmeId);

    Optional<ProgrammeHouseholdRow> findByIdAndProgrammeId(long id, long programmeId);

    void deleteById(long id);
}
