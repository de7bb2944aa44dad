package th.otop.orders.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.appeal.Appeal;
import th.otop.catalog.appeal.AppealStatus;
import th.otop.catalog.appeal.ListingAppeals;
import th.otop.catalog.audit.OfficerActions;
import th.otop.catalog.audit.OutletVerification;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;

/**
 * Officer decisions that the party concerned must hear of: the decision, its audit entry and its mail are one
 * transaction. The portal and the outlet dashboard show the decision from the data itself; the mail goes through the
 * outbox (to the log when no mail server is configured).
 */
@Singleton
public class OfficerDecisions {
    private final OfficerActions actions;
    private final OutletVerification outlets;
    private final ListingAppeals appeals;
    private final Producers producers;
    private final Notifications notifications;
    private final JdbcOperations jdbc;

    OfficerDecisions(
            OfficerActions actions,
            OutletVerification outlets,
            ListingAppeals appeals,
            Producers producers,
            Notifications notifications,
            JdbcOperations jdbc) {
        this.actions = actions;
        this.outlets = outlets;
        this.appeals = appeals;
        this.producers = producers;
        this.notifications = notifications;
        this.jdbc = jdbc;
    }

    @Transactional
    public void decideProducer(long officer, ProducerId id, Verification decision, String reason) {
        actions.decideVerification(officer, id, decision, reason);
        Producer producer = producers.find(id).orElseThrow();
        String subject = decision == Verification.VERIFIED
                ? "ร้านของคุณได้รับการยืนยันแล้ว / Your shop is verified"
                : decision == Verification.SUSPENDED
                        ? "ร้านของคุณถูกระงับ / Your shop is suspended"
                        : "ร้านของคุณรอการยืนยันอีกครั้ง / Your shop is waiting for verification again";
        notifications.enqueue(producer.email(), subject, withReason(producer.nameTh(), reason));
    }

    /** A mail worded by the app, which has the texts in its bundles: it is written to the party concerned. */
    public record Mail(String subject, String body) {}

    /** Verifies or suspends an outlet and mails every member of it {@code mail}, which addresses the outlet. */
    @Transactional
    public Outlet decideOutlet(long officer, long outletId, OutletStatus decision, String reason, Mail mail) {
        Outlet outlet = outlets.decide(officer, outletId, decision, reason);
        for (String email : outletEmails(outletId)) {
            notifications.enqueue(email, mail.subject(), mail.body());
        }
        return outlet;
    }

    @Transactional
    public Appeal decideAppeal(long officer, long appealId, boolean restore, String reply) {
        Appeal appeal = appeals.decide(officer, appealId, restore, reply);
        String subject = appeal.status() == AppealStatus.RESTORED
                ? "คำอุทธรณ์ได้รับการยอมรับ สินค้ากลับมาแสดงแล้ว: " + appeal.productTitle()
                        + " / Appeal accepted, listing restored"
                : "คำอุทธรณ์ไม่ได้รับการยอมรับ สินค้ายังถูกซ่อน: " + appeal.productTitle()
                        + " / Appeal declined, listing stays hidden";
        notifications.enqueue(
                producers.find(appeal.producerId()).map(Producer::email).orElse(null),
                subject,
                "คำตอบจากเจ้าหน้าที่ / The officer's reply:\n" + appeal.reply() + "\n");
        return appeal;
    }

    private static String withReason(String name, String reason) {
        return name + "\n" + (reason == null || reason.isBlank() ? "" : "เหตุผล / Reason: " + reason + "\n");
    }

    private List<String> outletEmails(long outletId) {
        return jdbc.prepareStatement(
                "SELECT email FROM account WHERE outlet_id = ? AND email IS NOT NULL AND deleted_at IS NULL "
                        + "ORDER BY id",
                ps -> {
                    ps.setLong(1, outletId);
                    List<String> emails = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            emails.add(rs.getString(1));
                        }
                    }
                    return emails;
                });
    }
}
