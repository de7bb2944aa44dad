package th.otop.orders.complaint;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.PublicIds;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.validation.Checks;
import th.otop.orders.notification.Notifications;

@Singleton
public class Complaints {
    private static final String COLUMNS =
            "c.id, c.public_id, c.segment, c.subject, c.subject_ref, c.producer_id, c.category, "
                    + "c.status, c.handler, c.escalated, c.first_reply_due, c.resolution_due, c.first_replied_at, c.resolved_at, "
                    + "c.satisfaction, c.created_at";

    private final JdbcOperations jdbc;
    private final Notifications notifications;
    private final Producers producers;
    private final Clock clock;
    private final int firstReplyDays;
    private final int resolutionDays;

    Complaints(
            JdbcOperations jdbc,
            Notifications notifications,
            Producers producers,
            Clock clock,
            @Value("${otop.complaints.first-reply-working-days:2}") int firstReplyDays,
            @Value("${otop.complaints.resolution-working-days:15}") int resolutionDays) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.producers = producers;
        this.clock = clock;
        this.firstReplyDays = firstReplyDays;
        this.resolutionDays = resolutionDays;
    }

    /** Opens a complaint; one about an order, a product or a producer goes to that producer first. */
    @Transactional
    public String open(
            Party opener,
            ComplaintSubject subject,
            String subjectRef,
            ProducerId producer,
            ComplaintCategory category,
            String body,
            String photoKey) {
        new Checks()
                .require(
                        subject != null,
                        "subject",
                        "กรุณาเลือกเรื่องที่ร้องเรียน",
                        "Choose what the complaint is about")
                .require(category != null, "category", "กรุณาเลือกประเภท", "Choose a category")
                .require(
                        subject == ComplaintSubject.PLATFORM || producer != null,
                        "producer",
                        "ไม่พบผู้ผลิตที่เกี่ยวข้อง",
                        "The producer is missing")
                .notBlank(body, "body", "รายละเอียด", "The details")
                .maxLength(body, 4000, "body", "รายละเอียด", "The details")
                .throwIfInvalid();
        Instant now = clock.instant();
        String publicId = PublicIds.next();
        String handler = subject == ComplaintSubject.PLATFORM ? "OFFICER" : "PRODUCER";
        long id = GeneratedKeys.insert(
                jdbc,
                "INSERT INTO complaint (public_id, opened_by, segment, subject, subject_ref, producer_id, outlet_id, category, "
                        + "status, handler, first_reply_due, resolution_due, created_at) "
                        + "VALUES (?,?,?,?,?,?,?,?,'OPEN',?,?,?,?)",
                ps -> {
                    ps.setString(1, publicId);
                    ps.setString(2, opener.key());
                    ps.setString(3, opener.role().name());
                    ps.setString(4, subject.name());
                    ps.setString(5, subjectRef);
                    ps.setObject(6, producer == null ? null : producer.value());
                    ps.setObject(7, opener.outletId());
                    ps.setString(8, category.name());
                    ps.setString(9, handler);
                    ps.setTimestamp(10, Timestamp.from(WorkingDays.after(now, firstReplyDays)));
                    ps.setTimestamp(11, Timestamp.from(WorkingDays.after(now, resolutionDays)));
                    ps.setTimestamp(12, Timestamp.from(now));
                });
        addMessage(id, opener, body, photoKey);
        if (producer != null) {
            notifications.enqueue(
                    producers.find(producer).map(Producer::email).orElse(null),
                    "ข้อร้องเรียนใหม่ " + publicId + " / New complaint " + publicId,
                    "มีข้อร้องเรียนถึงร้านของคุณ กรุณาตอบภายใน " + firstReplyDays + " วันทำการ\n"
                            + "A customer complained to your shop; please reply within " + firstReplyDays
                            + " working days.\n\n" + body + "\n");
        }
        return publicId;
    }

    /** A message in the thread; the handler's first answer stops the first-reply clock. */
    @Transactional
    public void reply(Party author, String publicId, String body, String photoKey) {
        new Checks()
                .notBlank(body, "body", "ข้อความ", "The message")
                .maxLength(body, 4000, "body", "ข้อความ", "The message")
                .throwIfInvalid();
        Complaint complaint = find(author, publicId);
        checkOpen(complaint);
        long id = idOf(publicId);
        boolean fromOpener = isOpener(author, publicId);
        addMessage(id, author, body, photoKey);
        jdbc.prepareStatement(
                "UPDATE complaint SET status = ?, first_replied_at = COALESCE(first_replied_at, ?) WHERE id = ?",
                ps -> {
                    ps.setString(1, complaint.status().afterMessage(fromOpener).name());
                    ps.setTimestamp(2, fromOpener ? null : Timestamp.from(clock.instant()));
                    ps.setLong(3, id);
                    return ps.executeUpdate();
                });
    }

    /** The handler (the producer, or an officer) marks it resolved. */
    @Transactional
    public void resolve(Party handler, String publicId) {
        Complaint complaint = find(handler, publicId);
        checkOpen(complaint);
        new Checks()
                .require(
                        !isOpener(handler, publicId),
                        "status",
                        "ผู้ร้องเรียนปิดเรื่องได้เมื่อได้รับการแก้ไขแล้ว",
                        "The complainant closes the complaint after it is resolved")
                .throwIfInvalid();
        jdbc.prepareStatement("UPDATE complaint SET status = 'RESOLVED', resolved_at = ? WHERE public_id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, publicId);
            return ps.executeUpdate();
        });
    }

    /** The complainant closes a resolved complaint and rates how it was handled. */
    @Transactional
    public void close(Party opener, String publicId, int satisfaction) {
        new Checks()
                .range(satisfaction, 1, 5, "satisfaction", "ความพึงพอใจ", "The satisfaction rating")
                .throwIfInvalid();
        Complaint complaint = find(opener, publicId);
        new Checks()
                .require(
                        isOpener(opener, publicId),
                        "status",
                        "เฉพาะผู้ร้องเรียนปิดเรื่องได้",
                        "Only the complainant can close it")
                .require(
                        complaint.status() == ComplaintStatus.RESOLVED,
                        "status",
                        "ปิดเรื่องได้เมื่อได้รับการแก้ไขแล้ว",
                        "A complaint can be closed once resolved")
                .throwIfInvalid();
        jdbc.prepareStatement(
                "UPDATE complaint SET status = 'CLOSED', closed_at = ?, satisfaction = ? WHERE public_id = ?", ps -> {
                    ps.setTimestamp(1, Timestamp.from(clock.instant()));
                    ps.setInt(2, satisfaction);
                    ps.setString(3, publicId);
                    return ps.executeUpdate();
                });
    }

    @Scheduled(fixedDelay = "${otop.complaints.escalation-interval:5m}")
    @Transactional
    void escalateOnSchedule() {
        escalateOverdue(clock.instant());
    }

    /** Hands every complaint that missed a target by {@code asOf} to the officers; returns how many. */
    @Transactional
    public int escalateOverdue(Instant asOf) {
        Timestamp now = Timestamp.from(asOf);
        return jdbc.prepareStatement(
                "UPDATE complaint SET escalated = TRUE, handler = 'OFFICER' WHERE escalated = FALSE "
                        + "AND status NOT IN ('RESOLVED', 'CLOSED') "
                        + "AND ((first_replied_at IS NULL AND first_reply_due < ?) OR resolution_due < ?)",
                ps -> {
                    ps.setTimestamp(1, now);
                    ps.setTimestamp(2, now);
                    return ps.executeUpdate();
                });
    }

    /** A complaint the party may see: its opener, the opener's outlet, the producer it is about, or an officer. */
    @Transactional
    public Complaint find(Party party, String publicId) {
        List<Complaint> found = list("c.public_id = ? AND " + visibility(party), ps -> {
            ps.setString(1, publicId);
            bindVisibility(ps, party, 2);
        });
        if (found.isEmpty()) {
            throw new ComplaintNotFoundException(publicId);
        }
        return found.get(0);
    }

    @Transactional
    public List<Complaint> visibleTo(Party party) {
        return list(visibility(party) + " ORDER BY c.id DESC", ps -> bindVisibility(ps, party, 1));
    }

    private static String visibility(Party party) {
        return party.isOfficer() ? "1 = 1" : "(c.opened_by = ? OR c.producer_id = ? OR c.outlet_id = ?)";
    }

    private static void bindVisibility(java.sql.PreparedStatement ps, Party party, int first) throws SQLException {
        if (!party.isOfficer()) {
            ps.setString(first, party.key());
            ps.setLong(
                    first + 1, party.producer() == null ? -1 : party.producer().value());
            ps.setLong(first + 2, party.outletId() == null ? -1 : party.outletId());
        }
    }

    private interface Binder {
        void bind(java.sql.PreparedStatement ps) throws SQLException;
    }

    private List<Complaint> list(String where, Binder binder) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM complaint c WHERE " + where, ps -> {
            binder.bind(ps);
            List<Complaint> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs, messages(rs.getLong("id"))));
                }
            }
            return found;
        });
    }

    private List<Complaint.Message> messages(long complaintId) {
        return jdbc.prepareStatement(
                "SELECT author_role, body, photo_key, created_at FROM complaint_message WHERE complaint_id = ? ORDER BY id",
                ps -> {
                    ps.setLong(1, complaintId);
                    List<Complaint.Message> messages = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            messages.add(new Complaint.Message(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant()));
                        }
                    }
                    return messages;
                });
    }

    private void addMessage(long complaintId, Party author, String body, String photoKey) {
        jdbc.prepareStatement(
                "INSERT INTO complaint_message (complaint_id, author, author_role, body, photo_key, created_at) VALUES (?,?,?,?,?,?)",
                ps -> {
                    ps.setLong(1, complaintId);
                    ps.setString(2, author.key());
                    ps.setString(3, author.role().name());
                    ps.setString(4, body);
                    ps.setString(5, photoKey);
                    ps.setTimestamp(6, Timestamp.from(clock.instant()));
                    return ps.executeUpdate();
                });
    }

    private boolean isOpener(Party party, String publicId) {
        return jdbc.prepareStatement("SELECT opened_by, outlet_id FROM complaint WHERE public_id = ?", ps -> {
            ps.setString(1, publicId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                long outlet = rs.getLong(2);
                boolean sameOutlet = !rs.wasNull() && party.outletId() != null && party.outletId() == outlet;
                return sameOutlet || party.key().equals(rs.getString(1));
            }
        });
    }

    private long idOf(String publicId) {
        return jdbc.prepareStatement("SELECT id FROM complaint WHERE public_id = ?", ps -> {
            ps.setString(1, publicId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void checkOpen(Complaint complaint) {
        new Checks()
                .require(
                        complaint.status() != ComplaintStatus.CLOSED,
                        "status",
                        "เรื่องนี้ปิดแล้ว",
                        "This complaint is closed")
                .throwIfInvalid();
    }

    private static Complaint read(ResultSet rs, List<Complaint.Message> messages) throws SQLException {
        long producer = rs.getLong("producer_id");
        Long producerId = rs.wasNull() ? null : producer;
        int satisfaction = rs.getInt("satisfaction");
        Integer rating = rs.wasNull() ? null : satisfaction;
        Timestamp firstReplied = rs.getTimestamp("first_replied_at");
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Complaint(
                rs.getString("public_id"),
                rs.getString("segment"),
                ComplaintSubject.valueOf(rs.getString("subject")),
                rs.getString("subject_ref"),
                producerId,
                ComplaintCategory.valueOf(rs.getString("category")),
                ComplaintStatus.valueOf(rs.getString("status")),
                rs.getString("handler"),
                rs.getBoolean("escalated"),
                rs.getTimestamp("first_reply_due").toInstant(),
                rs.getTimestamp("resolution_due").toInstant(),
                firstReplied == null ? null : firstReplied.toInstant(),
                resolved == null ? null : resolved.toInstant(),
                rating,
                rs.getTimestamp("created_at").toInstant(),
                messages);
    }
}
