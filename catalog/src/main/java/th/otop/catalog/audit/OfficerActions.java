package th.otop.catalog.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.LinkStatus;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.ProductGrades;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;

/**
 * What CDD officers do to the catalogue, each action written to the audit log in the same transaction:
 * verifying or suspending producers, recording OTOP star ratings (the only way a grade is written), hiding listings,
 * confirming or rejecting the links producers declare.
 */
@Singleton
public class OfficerActions {
    private final Producers producers;
    private final Products products;
    private final ProductGrades grades;
    private final Community community;
    private final AuditLog audit;

    OfficerActions(Producers producers, Products products, ProductGrades grades, Community community, AuditLog audit) {
        this.producers = producers;
        this.products = products;
        this.grades = grades;
        this.community = community;
        this.audit = audit;
    }

    @Transactional
    public void decideVerification(long officer, ProducerId producer, Verification decision, String reason) {
        producers.decideVerification(producer, decision, reason);
        audit.record(officer, "producer." + decision.name().toLowerCase(), "producer:" + producer.value(), reason);
    }

    @Transactional
    public void recordGrade(long officer, ProductId product, Grading grading) {
        grades.record(officer, product, grading);
        audit.record(
                officer,
                "product.grade",
                "product:" + product.value(),
                grading.isGroupD() ? "group D" : grading.stars() + " stars, " + grading.year());
    }

    @Transactional
    public void hideListing(long officer, ProductId product, String reason) {
        products.hide(product, reason);
        audit.record(officer, "product.hide", "product:" + product.value(), reason);
    }

    /** Answers false, recording nothing, when the producer never declared this group. */
    @Transactional
    public boolean confirmGroupLink(long officer, ProducerId producer, long groupId) {
        return decideGroupLink(officer, producer, groupId, LinkStatus.CONFIRMED, null);
    }

    /** The producer reads the reason; answers false when the producer never declared this group. */
    @Transactional
    public boolean rejectGroupLink(long officer, ProducerId producer, long groupId, String reason) {
        return decideGroupLink(officer, producer, groupId, LinkStatus.REJECTED, reason);
    }

    @Transactional
    public boolean confirmFundLink(long officer, ProducerId producer, long fundId, FundRelation relation) {
        return decideFundLink(officer, producer, fundId, relation, LinkStatus.CONFIRMED, null);
    }

    @Transactional
    public boolean rejectFundLink(
            long officer, ProducerId producer, long fundId, FundRelation relation, String reason) {
        return decideFundLink(officer, producer, fundId, relation, LinkStatus.REJECTED, reason);
    }

    private boolean decideGroupLink(
            long officer, ProducerId producer, long groupId, LinkStatus decision, String reason) {
        if (!community.decideGroupLink(producer, groupId, decision, reason, officer)) {
            return false;
        }
        audit.record(
                officer,
                linkAction("group", decision),
                "producer:" + producer.value(),
                detail("group:" + groupId, reason));
        return true;
    }

    private boolean decideFundLink(
            long officer, ProducerId producer, long fundId, FundRelation relation, LinkStatus decision, String reason) {
        if (!community.decideFundLink(producer, fundId, relation, decision, reason, officer)) {
            return false;
        }
        audit.record(
                officer,
                linkAction("fund", decision),
                "producer:" + producer.value(),
                detail("fund:" + fundId + " " + relation, reason));
        return true;
    }

    private static String linkAction(String kind, LinkStatus decision) {
        return "link." + kind + (decision == LinkStatus.CONFIRMED ? ".confirm" : ".reject");
    }

    private static String detail(String link, String reason) {
        return reason == null ? link : link + ": " + reason;
    }
}
