package th.otop.orders.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.community.Community;
import th.otop.catalog.community.FundKind;
import th.otop.catalog.community.FundRegistry;
import th.otop.catalog.community.FundRelation;
import th.otop.catalog.community.FundStatus;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;
import th.otop.orders.TestShop;
import th.otop.orders.ledger.FundContributions;
import th.otop.orders.payment.PaymentMethod;

/** An officer merges a duplicate fund: links and money move to the fund that stays, and the sums do not change. */
@MicronautTest(transactional = false)
class FundMergerIntegrationTest implements RealServices {
    private static final long OFFICER = 7_501;
    private static final int SURIN = 32;

    @Inject
    ApplicationContext context;

    @Inject
    FundMerger merger;

    @Inject
    FundRegistry registry;

    @Inject
    Community community;

    @Inject
    FundContributions contributions;

    @Inject
    AuditLog audit;

    TestShop shop;
    ProducerId weavers;
    ProductId scarf;

    @BeforeAll
    void shop() {
        shop = new TestShop(context);
        weavers = shop.producer(false);
        scarf = shop.product(weavers, 45_000, 100);
    }

    @Test
    void aDuplicatesLinksAndContributionsMoveToTheFundThatStays() {
        long kept = community.addFund(FundKind.VILLAGE_FUND, "กองทุนหมู่บ้านท่าสว่าง", null, SURIN);
        long duplicate = community.addFund(FundKind.VILLAGE_FUND, "กองทุนหมู่บ้าน ท่าสว่าง", null, SURIN);
        community.linkFund(weavers, duplicate, FundRelation.MEMBER, true);
        var order = shop.buy(scarf, 2, PaymentMethod.PROMPTPAY).orders().get(0);
        context.getBean(th.otop.orders.order.Orders.class).confirmPromptPayReceived(weavers, order.id());
        long contributed = contributions.contributedTo(duplicate);
        assertTrue(contributed > 0, "a confirmed member's sale credits the fund");
        long keptBefore = contributions.contributedTo(kept);

        merger.merge(OFFICER, duplicate, kept);

        assertEquals(FundStatus.MERGED, registry.find(duplicate).orElseThrow().status());
        assertEquals(keptBefore + contributed, contributions.contributedTo(kept));
        assertEquals(0, contributions.contributedTo(duplicate));
        assertTrue(community.linkagesOf(weavers).funds().stream()
                .allMatch(f -> f.fund().id() == kept));
        assertTrue(audit.recent(5).stream()
                .anyMatch(e -> e.action().equals("fund.merge") && e.subject().equals("fund:" + duplicate)));
        shop.assertLedgerBalances();

        InvalidInputException again =
                assertThrows(InvalidInputException.class, () -> merger.merge(OFFICER, duplicate, kept));
        assertEquals("fund", again.errors().get(0).field(), "a merged fund is merged once");
        long other = community.addFund(FundKind.VILLAGE_FUND, "กองทุนหมู่บ้านอื่น", null, 33);
        InvalidInputException elsewhere =
                assertThrows(InvalidInputException.class, () -> merger.merge(OFFICER, other, kept));
        assertEquals(
                List.of("into"),
                elsewhere.errors().stream().map(FieldError::field).toList());
        assertThrows(InvalidInputException.class, () -> merger.merge(OFFICER, kept, kept));
    }
}
