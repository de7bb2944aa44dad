package th.otop.catalog.community;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Everything a producer is linked to, with whether an officer confirmed each link. */
@Serdeable
public record ProducerLinkages(List<GroupLink> groups, List<FundLink> funds) {
    @Serdeable
    public record GroupLink(OccupationalGroup group, SammachipProgramme programme, boolean confirmed) {}

    @Serdeable
    public record FundLink(CommunityFund fund, FundRelation relation, boolean confirmed) {}

    public boolean sammachipLinked() {
        return groups.stream().anyMatch(g -> g.programme() != null);
    }

    public boolean fundLinked() {
        return !funds.isEmpty();
    }
}
