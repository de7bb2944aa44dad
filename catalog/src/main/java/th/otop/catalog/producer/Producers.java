package th.otop.catalog.producer;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.PublicIds;
import th.otop.catalog.search.SearchOutbox;
import th.otop.catalog.validation.Checks;

/** Registers producers, keeps their profiles, and records officers' verification decisions. */
@Singleton
public class Producers {
    private static final String COLUMNS = "id, public_id, kind, name_th, name_en, story_th, story_en, province_id, "
            + "district, subdistrict, village, phone, email, promptpay_id, accepts_cod, verification, verification_note";

    private final JdbcOperations jdbc;
    private final SearchOutbox outbox;

    Producers(JdbcOperations jdbc, SearchOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Transactional
    public ProducerId register(ProducerProfile profile) {
        profile.validate();
        return new ProducerId(GeneratedKeys.insert(
                jdbc,
                "INSERT INTO producer (public_id, kind, name_th, name_en, story_th, story_en, province_id, district, "
                        + "subdistrict, village, phone, email, promptpay_id, accepts_cod) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ps -> {
                    ps.setString(1, PublicIds.next());
                    bindProfile(ps, profile, 2);
                }));
    }

    @Transactional
    public void updateProfile(ProducerId id, ProducerProfile profile) {
        profile.validate();
        jdbc.prepareStatement(
                "UPDATE producer SET kind=?, name_th=?, name_en=?, story_th=?, story_en=?, province_id=?, district=?, "
                        + "subdistrict=?, village=?, phone=?, email=?, promptpay_id=?, accepts_cod=?, "
                        + "updated_at=CURRENT_TIMESTAMP(3) WHERE id=?",
                ps -> {
                    bindProfile(ps, profile, 1);
                    ps.setLong(14, id.value());
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
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM producer WHERE id=?", ps -> {
            ps.setLong(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    @Transactional
    public Optional<Producer> findByPublicId(String publicId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM producer WHERE public_id=?", ps -> {
            ps.setString(1, publicId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    @Transactional
    public List<Producer> awaitingVerification() {
        return jdbc.prepareStatement(
                "SELECT " + COLUMNS + " FROM producer WHERE verification='PENDING' ORDER BY id", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        List<Producer> producers = new java.util.ArrayList<>();
                        while (rs.next()) {
                            producers.add(read(rs));
                        }
                        return producers;
                    }
                });
    }

    private static void bindProfile(java.sql.PreparedStatement ps, ProducerProfile p, int first) throws SQLException {
        int i = first;
        ps.setString(i++, p.kind().name());
        ps.setString(i++, p.nameTh().strip());
        ps.setString(i++, p.nameEn());
        ps.setString(i++, p.storyTh());
        ps.setString(i++, p.storyEn());
        ps.setInt(i++, p.provinceId());
        ps.setString(i++, p.district());
        ps.setString(i++, p.subdistrict());
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
                rs.getString("village"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("promptpay_id"),
                rs.getBoolean("accepts_cod"),
                Verification.valueOf(rs.getString("verification")),
                rs.getString("verification_note"));
    }
}
