package th.otop.catalog.producer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.PublicIds;
import th.otop.catalog.geography.District;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Place;
import th.otop.catalog.geography.Subdistrict;
import th.otop.catalog.search.SearchOutbox;
import th.otop.catalog.validation.Checks;

/**
 * Registers producers, keeps their profiles, and records officers' verification decisions. A producer's district and
 * subdistrict are kept by their codes, so a renamed area reaches every shop and a removed one is refused while used;
 * the names are read from the geography.
 */
@Singleton
public class Producers {
    private static final String SELECT = "SELECT p.id, p.public_id, p.kind, p.name_th, p.name_en, p.story_th, "
            + "p.story_en, p.province_id, d.name_th AS district, s.name_th AS subdistrict, p.postcode, p.village, "
            + "p.phone, p.email, p.promptpay_id, p.accepts_cod, p.verification, p.verification_note FROM producer p "
            + "LEFT JOIN district d ON d.id = p.district_id LEFT JOIN subdistrict s ON s.id = p.subdistrict_id ";

    private final JdbcOperations jdbc;
    private final SearchOutbox outbox;
    private final Geography geography;

    Producers(JdbcOperations jdbc, SearchOutbox outbox, Geography geography) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.geography = geography;
    }

    @Transactional
    public ProducerId register(ProducerProfile profile) {
        profile.validate();
        Located at = locate(profile);
        return new ProducerId(GeneratedKeys.insert(
                jdbc,
                "INSERT INTO producer (public_id, kind, name_th, name_en, story_th, story_en, province_id, "
                        + "district_id, subdistrict_id, postcode, village, phone, email, promptpay_id, accepts_cod) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, PublicIds.next());
                    bindProfile(ps, profile, at, 2);
                }));
    }

    @Transactional
    public void updateProfile(ProducerId id, ProducerProfile profile) {
        profile.validate();
        Located at = locate(profile);
        jdbc.prepareStatement(
                "UPDATE producer SET kind=?, name_th=?, name_en=?, story_th=?, story_en=?, province_id=?, "
                        + "district_id=?, subdistrict_id=?, postcode=?, village=?, phone=?, email=?, promptpay_id=?, "
                        + "accepts_cod=?, updated_at=CURRENT_TIMESTAMP(3) WHERE id=?",
                ps -> {
                    bindProfile(ps, profile, at, 1);
                    ps.setLong(15, id.value());
                    return ps.executeUpdate();
                });
        outbox.recordProducer(id);
    }

    /** An officer's decision; a reason is required when suspending. Search sees the change. */
    @Transactional
    public void decideVerification(ProducerId id, Verification decision, String note) {
        new Checks()
                .require(
                        decision != Verification.SUSPENDED || (note != null && !note.isBlank()),
                        "note",
                        "กรุณาระบุเหตุผลที่ระงับ",
                        "Give the reason for the suspension")
                .throwIfInvalid();
        int updated = jdbc.prepareStatement(
                "UPDATE producer SET verification=?, verification_note=?, updated_at=CURRENT_TIMESTAMP(3) WHERE id=?",
                ps -> {
                    ps.setString(1, decision.name());
                    ps.setString(2, note);
                    ps.setLong(3, id.value());
                    return ps.executeUpdate();
                });
        if (updated == 0) {
            throw new IllegalArgumentException("No producer " + id.value());
        }
        outbox.recordProducer(id);
    }

    @Transactional
    public Optional<Producer> find(ProducerId id) {
        return jdbc.prepareStatement(SELECT + "WHERE p.id=?", ps -> {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    @Transactional
    public Optional<Producer> findByPublicId(String publicId) {
        return jdbc.prepareStatement(SELECT + "WHERE p.public_id=?", ps -> {
            ps.setString(1, publicId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    @Transactional
    public List<Producer> awaitingVerification() {
        return jdbc.prepareStatement(SELECT + "WHERE p.verification='PENDING' ORDER BY p.id", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                List<Producer> producers = new java.util.ArrayList<>();
                while (rs.next()) {
                    producers.add(read(rs));
                }
                return producers;
            }
        });
    }

    /** Where the shop is, by code: the district and subdistrict the profile names. */
    private record Located(@Nullable Integer districtId, @Nullable Integer subdistrictId, @Nullable String postcode) {}

    /**
     * The codes of the profile's district and subdistrict. A place given must hold together (the district in the
     * province, the subdistrict in the district, the postcode one of the subdistrict's); a profile may name none.
     */
    private Located locate(ProducerProfile p) {
        boolean named = p.district() != null || p.subdistrict() != null || p.postcode() != null;
        if (!named) {
            return new Located(null, null, null);
        }
        geography
                .check(new Place(p.provinceId(), p.district(), p.subdistrict(), p.postcode()), new Checks())
                .throwIfInvalid();
        District district =
                geography.district(p.provinceId(), p.district().strip()).orElseThrow();
        Subdistrict subdistrict =
                geography.subdistrict(district.id(), p.subdistrict().strip()).orElseThrow();
        return new Located(
                district.id(),
                subdistrict.id(),
                p.postcode() == null ? null : p.postcode().strip());
    }

    private static void bindProfile(java.sql.PreparedStatement ps, ProducerProfile p, Located at, int first)
            throws SQLException {
        int i = first;
        ps.setString(i++, p.kind().name());
        ps.setString(i++, p.nameTh().strip());
        ps.setString(i++, p.nameEn());
        ps.setString(i++, p.storyTh());
        ps.setString(i++, p.storyEn());
        ps.setInt(i++, p.provinceId());
        ps.setObject(i++, at.districtId());
        ps.setObject(i++, at.subdistrictId());
        ps.setString(i++, at.postcode());
        ps.setString(i++, p.village());
        ps.setString(i++, p.phone());
        ps.setString(i++, p.email());
        ps.setString(i++, p.promptPayId());
        ps.setBoolean(i, p.acceptsCashOnDelivery());
    }

    private static Producer read(ResultSet rs) throws SQLException {
        return new Producer(
                new ProducerId(rs.getLong("id")),
                rs.getString("public_id"),
                ProducerKind.valueOf(rs.getString("kind")),
                rs.getString("name_th"),
                rs.getString("name_en"),
                rs.getString("story_th"),
                rs.getString("story_en"),
                rs.getInt("province_id"),
                rs.getString("district"),
                rs.getString("subdistrict"),
                rs.getString("postcode"),
                rs.getString("village"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("promptpay_id"),
                rs.getBoolean("accepts_cod"),
                Verification.valueOf(rs.getString("verification")),
                rs.getString("verification_note"));
    }
}
