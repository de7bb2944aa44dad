package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One village's sammachip programme: the community sage trained as livelihood trainer, the team of
 * five trainers, the households trained and the occupations taught.
 */
@Serdeable
public record SammachipProgramme(
        long id,
        int provinceId,
        String district,
        String subdistrict,
        String village,
        String sageName,
        List<String> trainerNames,
        int householdsTrained,
        List<String> occupations,
        @Nullable Integer startedYear) {}
