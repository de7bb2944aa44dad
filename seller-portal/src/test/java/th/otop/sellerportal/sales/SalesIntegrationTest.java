package th.otop.sellerportal.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.otop.catalog.producer.ProducerId;
import th.otop.devstack.RealServices;
import th.otop.orders.ledger.Ledger;
import th.otop.orders.order.Order;
import th.otop.orders.payment.PaymentMethod;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;
import th.otop.sellerportal.web.Formats;

/** The sales page and CSV count paid orders only, by product, status and province, and only the producer's own. */
@MicronautTest(transactional = false)
class SalesIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Ledger ledger;

    @Test
    void paidOrdersShowOnTheChartsTheMoneyTilesAndTheCsv() {
        Buyers buyers = new Buyers(context);
        PortalSession shop = PortalSession.newProducer(client, "sales@example.com", "ร้านขายดี");
        ProducerId producer = buyers.producerOf("sales@example.com");
        buyers.verify(producer);
        String silk = shop.newListing("ผ้าไหมยกดอก", "1500", "10");
        String basket = shop.newListing("กระติบข้าวเหนียว", "120", "20");
        buyers.publish(producer, silk);
        buyers.publish(producer, basket);

        Order silkToChiangMai = buyers.order(silk, 2, PaymentMethod.PROMPTPAY, Buyers.inChiangMai());
        Order basketToBangkok = buyers.order(basket, 3, PaymentMethod.PROMPTPAY, Buyers.inBangkok());
        Order unpaid = buyers.order(basket, 1, PaymentMethod.PROMPTPAY, Buyers.inBangkok());
        for (Order paid : List.of(silkToChiangMai, basketToBangkok)) {
            assertEquals(
                    303,
                    shop.post("/orders/" + paid.publicId() + "/payment-received", Map.of())
                            .getStatus()
                            .getCode());
        }

        String page = PortalSession.body(shop.get("/sales"));
        Formats fmt = new Formats();
        long sold = silkToChiangMai.totalSatang() + basketToBangkok.totalSatang();
        assertTrue(page.contains("id=\"period-total\">" + fmt.baht(sold) + "<"), "the unpaid order is not a sale");
        assertTrue(page.contains("2 คำสั่งซื้อ"));
        assertTrue(page.contains("<svg"), "charts are inline SVG");
        assertFalse(page.contains("style="), "no style attributes (CSP)");
        assertEquals(List.of("/js/form-keeper.js"), PortalSession.scripts(page), "the charts need no script");
        assertTrue(page.indexOf("ผ้าไหมยกดอก") < page.indexOf("กระติบข้าวเหนียว"), "the best seller first");
        assertTrue(page.contains("เชียงใหม่") && page.contains("กรุงเทพมหานคร"), "where buyers are");
        assertTrue(page.contains("ชำระเงินแล้ว: 2") && page.contains("รอชำระเงิน: 1"), "orders by status");
        assertTrue(page.contains("ผู้บริโภค"));
        assertTrue(page.contains("id=\"balance\">" + fmt.baht(-ledger.balanceOf(producer)) + "<"), "shown as owed");
        assertTrue(ledger.balanceOf(producer) < 0, "paid directly, the shop owes the fees");
        assertTrue(page.contains("ค่าธรรมเนียมที่ร้านค้างตลาด"));

        for (String period : List.of("week", "month")) {
            String grouped = PortalSession.body(shop.get("/sales?period=" + period));
            assertTrue(grouped.contains("id=\"period-total\">" + fmt.baht(sold) + "<"), period);
        }

        String csv = PortalSession.body(shop.get("/sales/export.csv"));
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("\uFEFFdate,order,status"));
        assertTrue(csv.contains(
                silkToChiangMai.publicId() + ",ชำระเงินแล้ว,PROMPTPAY,ผ้าไหมยกดอก,2,1500.00,3000.00,เชียงใหม่"));
        assertFalse(csv.contains(unpaid.publicId()));

        PortalSession other = PortalSession.newProducer(client, "other-sales@example.com", "ร้านอื่น");
        String theirs = PortalSession.body(other.get("/sales"));
        assertFalse(theirs.contains("ผ้าไหมยกดอก"), "another shop's sales stay private");
        assertTrue(theirs.contains("id=\"period-total\">฿0.00<"));
        assertEquals(
                1, PortalSession.body(other.get("/sales/export.csv")).lines().count(), "the header only");
    }
}
