package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
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
        @Nullable Integer startedYear) {

    /**
     * The columns {@link #read} reads, for a query on {@code sammachip_programme sp}. A programme with a register of
     * households counts its rows as the households trained; one without keeps the number it was given.
     */
    static final String COLUMNS = "sp.id, sp.province_id, sp.district, sp.subdistrict, sp.village, sp.sage_name, "
            + "sp.trainer_names, COALESCE(NULLIF((SELECT COUNT(*) FROM programme_household h "
            + "WHERE h.programme_id = sp.id), 0), sp.households_trained) AS households_trained, "
            + "sp.occupations, sp.started_year";

    static SammachipProgramme read(ResultSet rs) throws SQLException {
        return new SammachipProgramme(
                rs.getLong("id"),
                rs.getInt("province_id"),
                rs.getString("district"),
                rs.getString("subdistrict"),
                rs.getString("village"),
                rs.getString("sage_name"),
                Arrays.asList(rs.getString("trainer_names").split("\\|")),
                rs.getInt("households_trained"),
                Arrays.asList(rs.getString("occupations").split("\\|")),
                rs.getObject("started_year", Integer.class));
    }
}
