package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A community fund of the registry, by province and village. */
@Serdeable
public record CommunityFund(
        long id,
        FundKind kind,
        String nameTh,
        @Nullable String nameEn,
        int provinceId,
        @Nullable String village,
        FundStatus status) {

    /** The columns {@link #read} reads, for a query on {@code community_fund f}. */
    static final String COLUMNS = "f.id, f.kind, f.name_th, f.name_en, f.province_id, f.village, f.status";

    public CommunityFund(long id, FundKind kind, String nameTh, @Nullable String nameEn, int provinceId) {
        this(id, kind, nameTh, nameEn, provinceId, null, FundStatus.APPROVED);
    }

    public boolean proposed() {
        return status == FundStatus.PROPOSED;
    }

    static CommunityFund read(ResultSet rs) throws SQLException {
        return new CommunityFund(
                rs.getLong("id"),
                FundKind.valueOf(rs.getString("kind")),
                rs.getString("name_th"),
                rs.getString("name_en"),
                rs.getInt("province_id"),
                rs.getString("village"),
                FundStatus.valueOf(rs.getString("status")));
    }
}
