package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a producer is linked to. From {@link Community#linkagesOf} only confirmed links (what the public sees); from
 * {@link Community#declaredLinkagesOf} every declared link with where it stands, and the officer's note on a
 * rejected one.
 */
@Serdeable
public record ProducerLinkages(List<GroupLink> groups, List<FundLink> funds) {
    @Serdeable
    public record GroupLink(
            OccupationalGroup group,
            @Nullable SammachipProgramme programme,
            LinkStatus status,
            @Nullable String officerNote) {
        public boolean confirmed() {
            return status == LinkStatus.CONFIRMED;
        }
    }

    @Serdeable
    public record FundLink(CommunityFund fund, FundRelation relation, LinkStatus status, @Nullable String officerNote) {
        public boolean confirmed() {
            return status == LinkStatus.CONFIRMED;
        }
    }

    /** Confirmed links only count, whichever list this is. */
    public boolean sammachipLinked() {
        return groups.stream().anyMatch(g -> g.confirmed() && g.programme() != null);
    }

    public boolean fundLinked() {
        return funds.stream().anyMatch(FundLink::confirmed);
    }
}
