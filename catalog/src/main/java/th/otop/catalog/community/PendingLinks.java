package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.producer.ProducerId;

/** The group and fund links producers declared that no officer has confirmed or rejected yet, oldest producers first. */
@Singleton
public class PendingLinks {
    private static final int MAX = 200;

    private final JdbcOperations jdbc;

    PendingLinks(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One link waiting for an officer: a group (relation null) or a fund with the declared relation. */
    public record PendingLink(
            ProducerId producerId,
            String producerPublicId,
            String producerNameTh,
            boolean fund,
            long targetId,
            String targetNameTh,
            @Nullable String targetNameEn,
            @Nullable FundKind fundKind,
            @Nullable FundRelation relation,
            boolean sammachip) {}

    @Transactional
    public List<PendingLink> awaitingConfirmation() {
        return jdbc.prepareStatement(
                "SELECT * FROM ("
                        + "SELECT pr.id, pr.public_id, pr.name_th, FALSE AS is_fund, g.id AS target, g.name_th AS t_th, "
                        + "g.name_en AS t_en, NULL AS kind, NULL AS relation, g.programme_id IS NOT NULL AS sammachip "
                        + "FROM producer_group pg JOIN producer pr ON pr.id = pg.producer_id "
                        + "JOIN occupational_group g ON g.id = pg.group_id WHERE pg.confirmed = FALSE AND pg.rejected_at IS NULL "
                        + "UNION ALL "
                        + "SELECT pr.id, pr.public_id, pr.name_th, TRUE, f.id, f.name_th, f.name_en, f.kind, pf.relation, FALSE "
                        + "FROM producer_fund pf JOIN producer pr ON pr.id = pf.producer_id "
                        + "JOIN community_fund f ON f.id = pf.fund_id WHERE pf.confirmed = FALSE AND pf.rejected_at IS NULL"
                        + ") links ORDER BY 1, 4, 5 LIMIT " + MAX,
                ps -> {
                    List<PendingLink> links = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String kind = rs.getString(8);
                            String relation = rs.getString(9);
                            links.add(new PendingLink(
                                    new ProducerId(rs.getLong(1)),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getBoolean(4),
                                    rs.getLong(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    kind == null ? null : FundKind.valueOf(kind),
                                    relation == null ? null : FundRelation.valueOf(relation),
                                    rs.getBoolean(10)));
                        }
                    }
                    return links;
                });
    }
}
