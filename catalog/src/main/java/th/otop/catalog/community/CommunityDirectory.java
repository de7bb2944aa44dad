package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Category;

/**
 * The public read model of the sammachip and fund linkages: programmes by village, occupational groups with their
 * producers and products, funds with the producers and outlets they back, and per product what it supports. Only
 * verified producers, published products, verified outlets and officer-confirmed links appear.
 */
@Singleton
public class CommunityDirectory {
    static final int MAX_PRODUCTS_PER_PRODUCER = 12;
    private static final int MAX_LIST = 500;

    private final JdbcOperations jdbc;
    private final Community community;

    CommunityDirectory(JdbcOperations jdbc, Community community) {
        this.jdbc = jdbc;
        this.community = community;
    }

    @Serdeable
    public record LinkedProduct(
            String publicId, String titleTh, @Nullable String titleEn, Category category, @Nullable Integer stars) {}

    @Serdeable
    public record LinkedProducer(
            String publicId,
            String nameTh,
            @Nullable String nameEn,
            int provinceId,
            @Nullable String village,
            boolean confirmed,
            @Nullable FundRelation relation,
            List<LinkedProduct> products) {}

    @Serdeable
    public record LinkedOutlet(String publicId, String nameTh, @Nullable String nameEn, int provinceId) {}

    @Serdeable
    public record GroupDetail(OccupationalGroup group, List<LinkedProducer> producers) {}

    @Serdeable
    public record ProgrammeDetail(SammachipProgramme programme, List<GroupDetail> groups) {}

    @Serdeable
    public record FundDetail(CommunityFund fund, List<LinkedProducer> producers, List<LinkedOutlet> outlets) {}

    /** Which village, group and fund a product supports. */
    @Serdeable
    public record ProductLinkage(LinkedProduct product, LinkedProducer producer, ProducerLinkages linkages) {}

    /** Programmes, optionally of one province, by village. */
    @Transactional
    public List<SammachipProgramme> programmes(@Nullable Integer provinceId) {
        return jdbc.prepareStatement(
                "SELECT " + SammachipProgramme.COLUMNS + " FROM sammachip_programme sp"
                        + (provinceId == null ? "" : " WHERE sp.province_id = ?")
                        + " ORDER BY sp.province_id, sp.district, sp.subdistrict, sp.village LIMIT " + MAX_LIST,
                ps -> {
                    if (provinceId != null) {
                        ps.setInt(1, provinceId);
                    }
                    List<SammachipProgramme> list = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            list.add(SammachipProgramme.read(rs));
                        }
                    }
                    return list;
                });
    }

    @Transactional
    public Optional<ProgrammeDetail> programme(long id) {
        return community.programme(id).map(p -> new ProgrammeDetail(p, groups("g.programme_id = ?", id)));
    }

    @Transactional
    public Optional<GroupDetail> group(long id) {
        List<GroupDetail> found = groups("g.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Funds, optionally of one province. */
    @Transactional
    public List<CommunityFund> funds(@Nullable Integer provinceId) {
        return jdbc.prepareStatement(
                "SELECT " + CommunityFund.COLUMNS + " FROM community_fund f WHERE f.status = 'APPROVED'"
                        + (provinceId == null ? "" : " AND f.province_id = ?")
                        + " ORDER BY f.province_id, f.name_th LIMIT " + MAX_LIST,
                ps -> {
                    if (provinceId != null) {
                        ps.setInt(1, provinceId);
                    }
                    List<CommunityFund> list = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            list.add(CommunityFund.read(rs));
                        }
                    }
                    return list;
                });
    }

    @Transactional
    public Optional<FundDetail> fund(long id) {
        Optional<CommunityFund> fund = jdbc.prepareStatement(
                "SELECT " + CommunityFund.COLUMNS + " FROM community_fund f WHERE f.id = ?", ps -> {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(CommunityFund.read(rs)) : Optional.empty();
                    }
                });
        return fund.map(f -> new FundDetail(
                f,
                producers(
                        "SELECT pr.id, pr.public_id, pr.name_th, pr.name_en, pr.province_id, pr.village, pf.confirmed, "
                                + "pf.relation FROM producer_fund pf JOIN producer pr ON pr.id = pf.producer_id "
                                + "WHERE pf.fund_id = ? AND pf.confirmed = TRUE AND pr.verification = 'VERIFIED' ORDER BY pr.name_th",
                        id),
                outlets(id)));
    }

    /** What a published product supports: its producer's group and village programme, and its funds. */
    @Transactional
    public Optional<ProductLinkage> product(String productPublicId) {
        Optional<Object[]> row = jdbc.prepareStatement(
                "SELECT p.public_id, p.title_th, p.title_en, p.category, p.star_rating, p.producer_id FROM product p "
                        + "JOIN producer pr ON pr.id = p.producer_id WHERE p.public_id = ? AND p.status = 'PUBLISHED' "
                        + "AND p.deleted_at IS NULL AND pr.verification = 'VERIFIED'",
                ps -> {
                    ps.setString(1, productPublicId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Object[] {product(rs), rs.getLong("producer_id")})
                                : Optional.empty();
                    }
                });
        return row.map(r -> {
            long producerId = (Long) r[1];
            LinkedProducer producer = producers(
                            "SELECT pr.id, pr.public_id, pr.name_th, pr.name_en, pr.province_id, pr.village, "
                                    + "TRUE AS confirmed, NULL AS relation FROM producer pr WHERE pr.id = ?",
                            producerId)
                    .get(0);
            return new ProductLinkage((LinkedProduct) r[0], producer, community.linkagesOf(new ProducerId(producerId)));
        });
    }

    private List<GroupDetail> groups(String where, long arg) {
        List<OccupationalGroup> groups = jdbc.prepareStatement(
                "SELECT g.id, g.name_th, g.name_en, g.programme_id, g.households FROM occupational_group g WHERE "
                        + where + " ORDER BY g.name_th",
                ps -> {
                    ps.setLong(1, arg);
                    List<OccupationalGroup> list = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            list.add(new OccupationalGroup(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getObject(4, Long.class),
                                    rs.getInt(5)));
                        }
                    }
                    return list;
                });
        return groups.stream()
                .map(g -> new GroupDetail(
                        g,
                        producers(
                                "SELECT pr.id, pr.public_id, pr.name_th, pr.name_en, pr.province_id, pr.village, "
                                        + "pg.confirmed, NULL AS relation FROM producer_group pg "
                                        + "JOIN producer pr ON pr.id = pg.producer_id WHERE pg.group_id = ? AND pg.confirmed = TRUE "
                                        + "AND pr.verification = 'VERIFIED' ORDER BY pr.name_th",
                                g.id())))
                .toList();
    }

    private List<LinkedProducer> producers(String sql, long arg) {
        Map<Long, LinkedProducer> byId = new LinkedHashMap<>();
        jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String relation = rs.getString("relation");
                    byId.put(
                            rs.getLong("id"),
                            new LinkedProducer(
                                    rs.getString("public_id"),
                                    rs.getString("name_th"),
                                    rs.getString("name_en"),
                                    rs.getInt("province_id"),
                                    rs.getString("village"),
                                    rs.getBoolean("confirmed"),
                                    relation == null ? null : FundRelation.valueOf(relation),
                                    new ArrayList<>()));
                }
            }
            return null;
        });
        if (byId.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(byId.keySet());
        jdbc.prepareStatement(
                "SELECT p.producer_id, p.public_id, p.title_th, p.title_en, p.category, p.star_rating FROM product p "
                        + "WHERE p.producer_id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ") "
                        + "AND p.status = 'PUBLISHED' AND p.deleted_at IS NULL ORDER BY p.id DESC",
                ps -> {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setLong(i + 1, ids.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            List<LinkedProduct> products =
                                    byId.get(rs.getLong("producer_id")).products();
                            if (products.size() < MAX_PRODUCTS_PER_PRODUCER) {
                                products.add(product(rs));
                            }
                        }
                    }
                    return null;
                });
        return byId.values().stream()
                .map(p -> new LinkedProducer(
                        p.publicId(),
                        p.nameTh(),
                        p.nameEn(),
                        p.provinceId(),
                        p.village(),
                        p.confirmed(),
                        p.relation(),
                        List.copyOf(p.products())))
                .toList();
    }

    private List<LinkedOutlet> outlets(long fundId) {
        return jdbc.prepareStatement(
                "SELECT public_id, name_th, name_en, province_id FROM outlet WHERE fund_id = ? AND status = 'VERIFIED' "
                        + "ORDER BY name_th",
                ps -> {
                    ps.setLong(1, fundId);
                    List<LinkedOutlet> list = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            list.add(new LinkedOutlet(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                        }
                    }
                    return list;
                });
    }

    private static LinkedProduct product(ResultSet rs) throws SQLException {
        return new LinkedProduct(
                rs.getString("public_id"),
                rs.getString("title_th"),
                rs.getString("title_en"),
                Category.valueOf(rs.getString("category")),
                rs.getObject("star_rating", Integer.class));
    }
}
