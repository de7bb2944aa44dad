package th.otop.catalog.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import th.otop.catalog.PublicIds;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.geography.District;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Province;
import th.otop.catalog.geography.Subdistrict;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.product.Category;

/**
 * Writes a realistic catalogue into an empty database, the same for the same seed. Rows go in with JDBC
 * batches: the full 83,538-product set takes seconds, not minutes.
 */
@Singleton
public class DemoCatalog {
    /** The real number of OTOP products (CDD, 2017). */
    public static final int FULL_SIZE = 83_538;

    public static final int DEMO_SIZE = 1_200;

    private static final Instant EPOCH = Instant.parse("2026-01-01T03:00:00Z");
    private static final int BATCH = 2_000;
    private static final Category[] CATEGORY_BY_WEIGHT = {
        Category.FOOD,
        Category.FOOD,
        Category.FOOD,
        Category.FOOD,
        Category.FOOD,
        Category.FOOD,
        Category.FOOD,
        Category.BEVERAGE,
        Category.BEVERAGE,
        Category.CLOTH,
        Category.CLOTH,
        Category.CLOTH,
        Category.CLOTH,
        Category.HOUSEHOLD,
        Category.HOUSEHOLD,
        Category.HOUSEHOLD,
        Category.HOUSEHOLD,
        Category.HERBAL,
        Category.HERBAL,
        Category.HERBAL
    };
    private static final int[] STARS_BY_WEIGHT = {1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5};

    private final JdbcOperations jdbc;
    private final Geography geography;

    DemoCatalog(JdbcOperations jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    /** What was written. */
    public record Loaded(int producers, int products, int starRated) {}

    /** Loads {@code products} products unless the catalogue already has producers; returns what it wrote. */
    @Transactional
    public Loaded loadIfEmpty(int products, long seed) {
        boolean empty = jdbc.prepareStatement("SELECT COUNT(*) FROM producer", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
        if (!empty) {
            return new Loaded(0, 0, 0);
        }
        List<Province> provinces = geography.provinces();
        Map<Integer, Subdistrict> seats = new HashMap<>();
        for (Province province : provinces) {
            // each province's first district by code is its capital district (amphoe mueang)
            geography.districts(province.id()).stream()
                    .min(Comparator.comparingInt(District::id))
                    .flatMap(d -> geography.subdistricts(d.id()).stream().min(Comparator.comparingInt(Subdistrict::id)))
                    .ifPresent(s -> seats.put(province.id(), s));
        }
        return jdbc.execute(connection -> write(connection, provinces, seats, products, new Random(seed)));
    }

    private Loaded write(
            Connection db, List<Province> provinces, Map<Integer, Subdistrict> seats, int productCount, Random random)
            throws SQLException {
        List<long[]> groupsByProvince = new ArrayList<>();
        List<long[]> fundsByProvince = new ArrayList<>();
        for (Province province : provinces) {
            groupsByProvince.add(communityFor(db, province, random));
            fundsByProvince.add(fundsFor(db, province));
        }
        int producerCount = Math.max(provinces.size(), productCount / 8);
        long firstProducer = producers(db, provinces, seats, producerCount, random);
        links(db, producerCount, firstProducer, provinces.size(), groupsByProvince, fundsByProvince, random);
        int starRated = products(db, provinces, producerCount, firstProducer, productCount, random);
        return new Loaded(producerCount, productCount, starRated);
    }

    private long[] communityFor(Connection db, Province province, Random random) throws SQLException {
        String[] village = pick(Villages.NAMES, random);
        long programme = insert(
                db,
                "INSERT INTO sammachip_programme (province_id, district, subdistrict, village, sage_name, trainer_names, "
                        + "households_trained, occupations, started_year) VALUES (?,?,?,?,?,?,?,?,?)",
                ps -> {
                    ps.setInt(1, province.id());
                    ps.setString(2, "เมือง" + province.nameTh());
                    ps.setString(3, "ในเมือง");
                    ps.setString(4, village[0]);
                    ps.setString(5, person(random));
                    List<String> trainers = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        trainers.add(person(random));
                    }
                    ps.setString(6, String.join("|", trainers));
                    ps.setInt(7, 20 + random.nextInt(20));
                    ps.setString(8, "ทอผ้า|จักสาน|แปรรูปอาหาร");
                    ps.setInt(9, 2016 + random.nextInt(3));
                });
        long sammachipGroup = insert(
                db,
                "INSERT INTO occupational_group (name_th, name_en, programme_id, households) VALUES (?,?,?,?)",
                ps -> {
                    ps.setString(1, "กลุ่มอาชีพสัมมาชีพ" + village[0]);
                    ps.setString(2, village[1] + " sammachip occupational group");
                    ps.setLong(3, programme);
                    ps.setInt(4, 10 + random.nextInt(30));
                });
        return new long[] {sammachipGroup};
    }

    private long[] fundsFor(Connection db, Province province) throws SQLException {
        long[] funds = new long[FundKind.values().length];
        for (FundKind kind : FundKind.values()) {
            funds[kind.ordinal()] = insert(
                    db, "INSERT INTO community_fund (kind, name_th, name_en, province_id) VALUES (?,?,?,?)", ps -> {
                        ps.setString(1, kind.name());
                        ps.setString(2, kind.label(java.util.Locale.forLanguageTag("th")) + " " + province.nameTh());
                        ps.setString(
                                3,
                                province.nameEn() + " "
                                        + kind.label(java.util.Locale.ENGLISH).toLowerCase());
                        ps.setInt(4, province.id());
                    });
        }
        return funds;
    }

    /** @param seats where a province's demo shops are: a subdistrict of its capital district */
    private long producers(
            Connection db, List<Province> provinces, Map<Integer, Subdistrict> seats, int count, Random random)
            throws SQLException {
        ProducerKind[] kinds = ProducerKind.values();
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO producer (public_id, kind, name_th, name_en, story_th, story_en, province_id, "
                        + "district_id, subdistrict_id, postcode, village, phone, promptpay_id, accepts_cod, "
                        + "verification) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < count; i++) {
                Province province = provinces.get(i % provinces.size());
                String[] village = pick(Villages.NAMES, random);
                ProducerKind kind = kinds[random.nextInt(kinds.length)];
                String phone = "08" + (10_000_000 + random.nextInt(89_999_999));
                ps.setString(1, PublicIds.next(random));
                ps.setString(2, kind.name());
                ps.setString(
                        3, kind.label(java.util.Locale.forLanguageTag("th")) + village[0] + " " + province.nameTh());
                ps.setString(
                        4,
                        village[1] + " " + kind.label(java.util.Locale.ENGLISH).toLowerCase() + ", "
                                + province.nameEn());
                ps.setString(
                        5,
                        "กลุ่มของเรารวมตัวกันที่" + village[0] + " สืบสานภูมิปัญญาท้องถิ่นจังหวัด" + province.nameTh());
                ps.setString(
                        6,
                        "We are neighbours in " + village[1] + ", keeping the crafts of " + province.nameEn()
                                + " alive.");
                ps.setInt(7, province.id());
                Subdistrict seat = seats.get(province.id());
                ps.setObject(8, seat == null ? null : seat.districtId());
                ps.setObject(9, seat == null ? null : seat.id());
                ps.setString(
                        10,
                        seat == null || seat.postcodes().isEmpty()
                                ? null
                                : seat.postcodes().get(0));
                ps.setString(11, village[0]);
                ps.setString(12, phone);
                ps.setString(13, phone);
                ps.setBoolean(14, random.nextInt(3) == 0);
                ps.setString(15, random.nextInt(25) == 0 ? "PENDING" : "VERIFIED");
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("SELECT MIN(id) FROM producer");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** About a third of producers belong to a sammachip group, two fifths to a fund. */
    private void links(
            Connection db,
            int producers,
            long first,
            int provinceCount,
            List<long[]> groups,
            List<long[]> funds,
            Random random)
            throws SQLException {
        try (PreparedStatement group = db.prepareStatement(
                        "INSERT INTO producer_group (producer_id, group_id, confirmed) VALUES (?,?,TRUE)");
                PreparedStatement fund = db.prepareStatement(
                        "INSERT INTO producer_fund (producer_id, fund_id, relation, confirmed) VALUES (?,?,?,TRUE)")) {
            for (int i = 0; i < producers; i++) {
                int province = i % provinceCount;
                if (random.nextInt(100) < 35) {
                    group.setLong(1, first + i);
                    group.setLong(2, groups.get(province)[0]);
                    group.addBatch();
                }
                if (random.nextInt(100) < 40) {
                    long[] provinceFunds = funds.get(province);
                    fund.setLong(1, first + i);
                    fund.setLong(2, provinceFunds[random.nextInt(provinceFunds.length)]);
                    fund.setString(
                            3, random.nextBoolean() ? FundRelation.MEMBER.name() : FundRelation.FINANCED_BY.name());
                    fund.addBatch();
                }
            }
            group.executeBatch();
            fund.executeBatch();
        }
    }

    private int products(
            Connection db, List<Province> provinces, int producers, long firstProducer, int count, Random random)
            throws SQLException {
        int starRated = 0;
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO product (public_id, producer_id, title_th, title_en, description_th, description_en, category, "
                        + "star_rating, star_year, price_satang, stock, unit_th, unit_en, weight_grams, processing_days, "
                        + "status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < count; i++) {
                int producer = i < producers ? i : random.nextInt(producers);
                Province province = provinces.get(producer % provinces.size());
                Category category = CATEGORY_BY_WEIGHT[random.nextInt(CATEGORY_BY_WEIGHT.length)];
                ProductNames.Name name = pick(ProductNames.BY_CATEGORY.get(category), random);
                String[] style = pick(ProductNames.STYLES, random);
                // 17 % star-rated, 83 % group D: the real OTOP split
                boolean graded = random.nextInt(1000) < 170;
                int baht = name.minBaht() + random.nextInt(name.maxBaht() - name.minBaht() + 1);
                ps.setString(1, PublicIds.next(random));
                ps.setLong(2, firstProducer + producer);
                ps.setString(3, name.th() + style[0] + " " + province.nameTh());
                ps.setString(
                        4,
                        province.nameEn() + " " + name.en().toLowerCase()
                                + (style[1].isEmpty() ? "" : ", " + style[1]));
                ps.setString(5, name.th() + "คุณภาพดีจากจังหวัด" + province.nameTh() + " ผลิตโดยกลุ่มชุมชนในท้องถิ่น");
                ps.setString(6, name.en() + " made by a community group in " + province.nameEn() + ".");
                ps.setString(7, category.name());
                if (graded) {
                    starRated++;
                    ps.setInt(8, STARS_BY_WEIGHT[random.nextInt(STARS_BY_WEIGHT.length)]);
                    ps.setInt(9, 2016 + random.nextInt(9));
                } else {
                    ps.setNull(8, java.sql.Types.TINYINT);
                    ps.setNull(9, java.sql.Types.SMALLINT);
                }
                ps.setLong(10, (baht - baht % 5L) * 100L);
                ps.setInt(11, random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(300));
                ps.setString(12, name.unitTh());
                ps.setString(13, name.unitEn());
                ps.setInt(14, 100 + random.nextInt(1900));
                ps.setInt(15, random.nextInt(4) == 0 ? 1 + random.nextInt(7) : 0);
                ps.setString(16, random.nextInt(33) == 0 ? "DRAFT" : "PUBLISHED");
                ps.setTimestamp(17, Timestamp.from(EPOCH.minus(random.nextInt(730 * 24), ChronoUnit.HOURS)));
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return starRated;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static long insert(Connection db, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            binder.bind(ps);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String person(Random random) {
        return pick(Villages.GIVEN_NAMES, random) + " " + pick(Villages.FAMILY_NAMES, random);
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}
