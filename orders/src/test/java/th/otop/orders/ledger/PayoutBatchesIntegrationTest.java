package th.otop.orders.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.audit.AuditEntry;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;
import th.otop.orders.TestShop;
import th.otop.orders.order.Order;

/** Card payments make the platform owe producers; Stripe is configured but never called (its address refuses). */
@MicronautTest(transactional = false)
@Property(name = "otop.stripe.secret-key", value = "sk_test_payouts")
@Property(name = "otop.stripe.publishable-key", value = "pk_test_payouts")
@Property(name = "otop.stripe.webhook-secret", value = "whsec_payouts")
@Property(name = "otop.stripe.api-base", value = "http://127.0.0.1:9")
class PayoutBatchesIntegrationTest implements RealServices {
    private static final long FINANCE_OFFICER = 8_801;

    @Inject
    ApplicationContext context;

    @Inject
    Payouts payouts;

    @Inject
    Ledger ledger;

    @Inject
    AuditLog audit;

    TestShop shop;
    ProducerId weavers;
    ProducerId potters;
    ProductId scarf;
    ProductId pot;

    @BeforeAll
    void shop() {
        shop = new TestShop(context);
        weavers = shop.producer(false);
        potters = shop.producer(false);
        scarf = shop.product(weavers, 45_000, 100);
        pot = shop.product(potters, 32_000, 100);
    }

    @AfterEach
    void ledgerBalances() {
        shop.assertLedgerBalances();
    }

    @Test
    void aBatchPaysSeveralProducersAtOnceAndEachSeesItsPayout() {
        long weaversBefore = ledger.balanceOf(weavers);
        Order scarves = shop.paidByCard(scarf, 2);
        shop.paidByCard(pot, 1);
        long weaversOwed = ledger.balanceOf(weavers);
        long pottersOwed = ledger.balanceOf(potters);
        assertEquals(scarves.totalSatang() - scarves.feeSatang(), weaversOwed - weaversBefore);
        Map<ProducerId, Long> owed =
                payouts.owed().stream().collect(Collectors.toMap(Owed::producer, Owed::balanceSatang));
        assertEquals(weaversOwed, owed.get(weavers));
        assertEquals(pottersOwed, owed.get(potters));

        PayoutBatch batch = payouts.record(
                FINANCE_OFFICER,
                List.of(
                        new PayoutLine(weavers, weaversOwed, " KTB-20261207-0001 "),
                        new PayoutLine(potters, 10_000, "PP-20261207-0002")));

        assertEquals(weaversOwed + 10_000, batch.totalSatang());
        assertEquals("KTB-20261207-0001", batch.payouts().get(0).bankReference());
        assertEquals(0, ledger.balanceOf(weavers));
        assertEquals(pottersOwed - 10_000, ledger.balanceOf(potters));
        PayoutReport report = payouts.report(potters);
        assertEquals(10_000, report.paidOutSatang());
        assertEquals(pottersOwed - 10_000, report.balanceSatang());
        assertFalse(payouts.owed().stream().anyMatch(o -> o.producer().equals(weavers)), "nothing owed any more");
        assertEquals(batch.id(), payouts.recentBatches().get(0).id());
        List<AuditEntry> entries = audit.recent(10).stream()
                .filter(e -> e.action().equals("payout.record") && e.actorAccount() == FINANCE_OFFICER)
                .toList();
        assertTrue(entries.stream()
                .anyMatch(e -> e.subject().equals("producer:" + potters.value())
                        && e.detail().contains("batch:" + batch.id())));
    }

    @Test
    void aBatchWithOneBadLineRecordsNothingAndNamesEveryBadLine() {
        shop.paidByCard(scarf, 1);
        long owed = ledger.balanceOf(weavers);
        int batchesBefore = shop.queryInt("SELECT COUNT(*) FROM payout_batch");

        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> payouts.record(
                        FINANCE_OFFICER,
                        List.of(
                                new PayoutLine(weavers, owed, "KTB-1"),
                                new PayoutLine(potters, ledger.balanceOf(potters) + 1, " "),
                                new PayoutLine(weavers, 1, "KTB-2"))));

        assertEquals(
                List.of("amount.1", "reference.1", "amount.2"),
                e.errors().stream().map(FieldError::field).toList());
        assertTrue(
                e.errors().get(0).messageEn().contains("at most the balance"),
                e.errors().get(0).messageEn());
        assertEquals(owed, ledger.balanceOf(weavers), "the good line was not recorded either");
        assertEquals(batchesBefore, shop.queryInt("SELECT COUNT(*) FROM payout_batch"));
        assertThrows(InvalidInputException.class, () -> payouts.record(FINANCE_OFFICER, List.of()));
        assertThrows(
                InvalidInputException.class,
                () -> payouts.record(FINANCE_OFFICER, List.of(new PayoutLine(weavers, 0, "KTB-3"))));
    }
}
