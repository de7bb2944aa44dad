package th.otop.catalog.audit;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.producer.Verification;
import th.otop.catalog.product.Grading;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.product.Products;

/**
 * What CDD officers do to the catalogue, each action written to the audit log in the same transaction:
 * verifying or suspending producers, recording OTOP star ratings, hiding listings, confirming links.
 */
@Singleton
public class OfficerActions {
    private final Producers producers;
    private final Products products;
    private final Community community;
    private final AuditLog audit;

    OfficerActions(Producers producers, Products products, Community community, AuditLog audit) {
        this.producers = producers;
        this.products = products;
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
        products.recordGrade(product, grading);
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

    @Transactional
    public void confirmGroupLink(long officer, ProducerId producer, long groupId) {
        community.linkGroup(producer, groupId, true);
        audit.record(officer, "link.group.confirm", "producer:" + producer.value(), "group:" + groupId);
    }

    @Transactional
    public void confirmFundLink(long officer, ProducerId producer, long fundId, FundRelation relation) {
        community.linkFund(producer, fundId, relation, true);
        audit.record(officer, "link.fund.confirm", "producer:" + producer.value(), "fund:" + fundId + " " + relation);
    }
}
