package th.otop.storefront.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.storefront.ShopperSession.body;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.Color;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.Role;
import th.otop.catalog.product.Product;
import th.otop.catalog.product.Products;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;
import th.otop.orders.Buyer;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.complaint.ComplaintStatus;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.order.Carrier;
import th.otop.orders.order.Order;
import th.otop.orders.order.Orders;
import th.otop.orders.review.Review;
import th.otop.orders.review.Reviews;
import th.otop.storefront.ShopperSession;
import th.otop.storefront.StorefrontMother;

/**
 * The consumer's channels over HTTP: a complaint with an evidence photo answered and resolved by the producer and
 * closed with a rating, hidden from everyone else; a review with a photo and the producer's one reply on the product
 * page; the delivery survey answered once.
 */
@MicronautTest(transactional = false)
class CustomerChannelsIntegrationTest implements RealServices {
    private static final String PASSWORD = "ผ้าไหมสวยมาก123";
    private static final Pattern CHECKOUT = Pattern.compile("/checkout/([0-9a-z]+)");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    StorefrontMother mother;

    @Inject
    Accounts accounts;

    @Inject
    Checkouts checkouts;

    @Inject
    Orders orders;

    @Inject
    Complaints complaints;

    @Inject
    Reviews reviews;

    @Inject
    Products products;

    StorefrontMother.Catalogue catalogue;

    @BeforeAll
    void catalogue() {
        catalogue = mother.catalogue();
    }

    private record Delivered(ShopperSession shopper, long accountId, String checkout, Order order) {}

    private Delivered delivered(String productPublicId) {
        return delivered(Map.of("product", productPublicId, "quantity", "1"));
    }

    /** A new consumer signs up, orders one cart line by PromptPay, and the shop delivers it. */
    private Delivered delivered(Map<String, String> cartLine) {
        ShopperSession shopper = new ShopperSession(client);
        String login = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        HttpResponse<String> signedUp =
                shopper.post("/signup", Map.of("displayName", "สมศรี", "login", login, "password", PASSWORD));
        assertEquals(HttpStatus.SEE_OTHER, signedUp.getStatus(), body(signedUp));
        long accountId = accounts.authenticate(login, PASSWORD).orElseThrow().id();
        shopper.post("/cart/add", cartLine);
        String form = shopper.page("/checkout");
        Map<String, String> address = new LinkedHashMap<>();
        address.put("cartId", field(form, "cartId"));
        address.put("idempotencyKey", field(form, "idempotencyKey"));
        address.put("email", login);
        address.put("recipientName", "สมศรี ใจดี");
        address.put("phone", "081-234-5678");
        address.put("addressLine", "99 หมู่ 4");
        address.put("subdistrict", "สลักได");
        address.put("district", "เมืองสุรินทร์");
        address.put("provinceId", "32");
        address.put("postcode", "32000");
        address.put("paymentMethod", "PROMPTPAY");
        Matcher m = CHECKOUT.matcher(shopper.post("/checkout", address).header(HttpHeaders.LOCATION));
        assertTrue(m.find());
        String checkout = m.group(1);
        Order order =
                checkouts.forBuyer(Buyer.account(accountId), checkout).orders().get(0);
        orders.confirmPromptPayReceived(order.producerId(), order.id());
        orders.accept(order.producerId(), order.id());
        orders.markPacked(order.producerId(), order.id());
        orders.markShipped(order.producerId(), order.id(), Carrier.KERRY, "KEX1234567890");
        orders.markDelivered(order.producerId(), order.id());
        return new Delivered(shopper, accountId, checkout, order);
    }

    private static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return m.group(1);
    }

    private static String first(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), regex + " in " + html);
        return m.group(1);
    }

    @Test
    void aComplaintWithAPhotoIsAnsweredResolvedAndClosedWithARatingAndOnlyItsPartiesSeeIt() {
        Delivered d = delivered(Map.of("product", catalogue.silk(), "variant", catalogue.silkRed(), "quantity", "1"));
        String status = d.shopper().page("/checkout/" + d.checkout());
        String formLink = "/complaints/new?about=order&amp;checkout=" + d.checkout() + "&amp;order="
                + d.order().publicId();
        assertTrue(status.contains(formLink), "the order page opens a complaint about the order: " + status);

        String formPath = formLink.replace("&amp;", "&");
        String form = d.shopper().page(formPath);
        assertTrue(form.contains(d.order().publicId()), "the form says what it is about");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("about", "order");
        fields.put("checkout", d.checkout());
        fields.put("order", d.order().publicId());
        fields.put("category", "DAMAGED");
        fields.put("body", "");
        HttpResponse<String> empty = d.shopper().upload("/complaints/new", fields, "photo", null);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, empty.getStatus());
        assertTrue(body(empty).contains("id=\"body-error\""), "the message sits next to the field: " + body(empty));
        assertTrue(body(empty).contains("value=\"DAMAGED\" selected"), "the category chosen is kept");

        fields.put("body", "ผ้าไหมมีรอยขาดที่ชายผ้า");
        HttpResponse<String> opened =
                d.shopper().upload("/complaints/new", fields, "photo", StorefrontMother.jpeg(Color.ORANGE));
        assertEquals(HttpStatus.SEE_OTHER, opened.getStatus(), body(opened));
        String path = opened.header(HttpHeaders.LOCATION);
        String publicId = path.substring("/complaints/".length());

        String thread = d.shopper().page(path);
        assertTrue(thread.contains("ผ้าไหมมีรอยขาดที่ชายผ้า"), thread);
        assertTrue(thread.contains("เปิดเรื่อง"), "its status");
        String buddhistYear = String.valueOf(Year.now(ZoneId.of("Asia/Bangkok")).getValue() + 543);
        assertTrue(thread.contains("class=\"first-reply-due\""), "the first-reply target");
        assertTrue(thread.contains(buddhistYear), "dates in the Buddhist era");
        String photo = first(thread, "src=\"(/photos/complaints/[^\"]+/list\\.jpg)\"");
        assertEquals(
                HttpStatus.OK, d.shopper().send(HttpRequest.GET(photo)).getStatus(), "the evidence photo is served");
        assertTrue(d.shopper().page("/complaints").contains(publicId), "in my complaints");

        Party producer =
                new Party(Long.MAX_VALUE, Role.PRODUCER, catalogue.weavers().id());
        complaints.reply(producer, publicId, "ขออภัยค่ะ จะส่งผืนใหม่ให้", null);
        assertTrue(d.shopper().page(path).contains("รอคำตอบจากท่าน"), "waiting for the consumer's reply");
        assertEquals(
                HttpStatus.SEE_OTHER,
                d.shopper()
                        .upload(path + "/reply", Map.of("body", "ขอบคุณค่ะ รอรับของ"), "photo", null)
                        .getStatus());
        assertTrue(d.shopper().page(path).contains("กำลังดำเนินการ"), "back with the producer");
        assertFalse(d.shopper().page(path).contains("close-complaint"), "closed only once resolved");
        complaints.resolve(producer, publicId);

        HttpResponse<String> noRating = d.shopper().post(path + "/close", Map.of());
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, noRating.getStatus());
        assertTrue(body(noRating).contains("id=\"satisfaction-error\""), body(noRating));
        assertEquals(
                HttpStatus.SEE_OTHER,
                d.shopper().post(path + "/close", Map.of("satisfaction", "5")).getStatus());
        String closed = d.shopper().page(path);
        assertTrue(closed.contains("ปิดเรื่องแล้ว") && closed.contains("5 จาก 5"), closed);

        Delivered other = delivered(catalogue.chilli());
        assertEquals(HttpStatus.NOT_FOUND, other.shopper().get(path).getStatus(), "another consumer gets 404");
        assertEquals(
                HttpStatus.NOT_FOUND,
                other.shopper()
                        .upload(path + "/reply", Map.of("body", "ดูได้ไหม"), "photo", null)
                        .getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                other.shopper().get(formPath).getStatus(),
                "nor can they complain about someone else's order");
        assertFalse(other.shopper().page("/complaints").contains(publicId));
        assertEquals(
                HttpStatus.NOT_FOUND,
                other.shopper()
                        .get("/complaints/new?about=product&product=nosuchproduct")
                        .getStatus());

        HttpResponse<String> platform = other.shopper()
                .upload(
                        "/complaints/new",
                        Map.of("about", "platform", "category", "SERVICE", "body", "หน้าชำระเงินโหลดช้า"),
                        "photo",
                        null);
        assertEquals(HttpStatus.SEE_OTHER, platform.getStatus(), body(platform));
        assertTrue(
                other.shopper().page(platform.header(HttpHeaders.LOCATION)).contains("เจ้าหน้าที่ พช."),
                "the marketplace's own problems go to officers");
        assertEquals(
                HttpStatus.SEE_OTHER,
                new ShopperSession(client).get("/complaints").getStatus(),
                "a guest is sent to sign in");
    }

    @Test
    void theComplainantsOwnFollowUpLeavesTheComplaintOpenUntilTheShopAnswers() {
        Delivered d = delivered(catalogue.chilli());
        HttpResponse<String> opened = d.shopper()
                .upload(
                        "/complaints/new",
                        Map.of(
                                "about", "order",
                                "checkout", d.checkout(),
                                "order", d.order().publicId(),
                                "category", "LATE",
                                "body", "ยังไม่ได้รับของค่ะ"),
                        "photo",
                        null);
        assertEquals(HttpStatus.SEE_OTHER, opened.getStatus(), body(opened));
        String path = opened.header(HttpHeaders.LOCATION);
        String publicId = path.substring("/complaints/".length());
        Party buyer = new Party(d.accountId(), Role.CONSUMER, null);

        assertEquals(
                HttpStatus.SEE_OTHER,
                d.shopper()
                        .upload(path + "/reply", Map.of("body", "ส่งมาเพิ่มเติม: สั่งไว้สองสัปดาห์แล้ว"), "photo", null)
                        .getStatus());
        String thread = d.shopper().page(path);
        assertTrue(thread.contains("ส่งมาเพิ่มเติม"), thread);
        assertTrue(thread.contains(">เปิดเรื่อง<"), "nobody answered yet, so it is still open: " + thread);
        assertFalse(thread.contains("กำลังดำเนินการ"), thread);
        assertEquals(ComplaintStatus.OPEN, complaints.find(buyer, publicId).status());
        assertTrue(complaints.find(buyer, publicId).firstRepliedAt() == null, "the first-reply clock still runs");

        complaints.reply(
                new Party(Long.MAX_VALUE, Role.PRODUCER, catalogue.chilliGroup().id()), publicId, "ส่งแล้วค่ะ", null);
        assertEquals(
                ComplaintStatus.WAITING_FOR_REPLY,
                complaints.find(buyer, publicId).status());
        d.shopper().upload(path + "/reply", Map.of("body", "ขอเลขพัสดุด้วยค่ะ"), "photo", null);
        assertEquals(
                ComplaintStatus.IN_PROGRESS,
                complaints.find(buyer, publicId).status(),
                "once answered, the complainant's message hands it back to the shop");
    }

    @Test
    void aReviewWithAPhotoAndTheProducersOneReplyShowOnTheProductPage() {
        Delivered d = delivered(catalogue.cotton());
        Product cotton = products.findPublished(catalogue.cotton()).orElseThrow();
        HttpResponse<String> sent = d.shopper()
                .upload(
                        "/checkout/" + d.checkout() + "/review",
                        Map.of(
                                "order",
                                d.order().publicId(),
                                "product",
                                String.valueOf(cotton.id().value()),
                                "stars",
                                "4",
                                "body",
                                "สีครามสวยมาก"),
                        "photo",
                        StorefrontMother.jpeg(Color.BLUE));
        assertEquals("/checkout/" + d.checkout() + "?review=sent", sent.header(HttpHeaders.LOCATION));
        Review review = reviews.visibleFor(cotton.id()).stream()
                .filter(r -> "สีครามสวยมาก".equals(r.body()))
                .findFirst()
                .orElseThrow();
        assertTrue(
                review.photoKey() != null && review.photoKey().startsWith("reviews/"),
                "the photo went through the pipeline");

        reviews.reply(cotton.producerId(), review.id(), "ขอบคุณมากค่ะ");
        assertThrows(
                InvalidInputException.class,
                () -> reviews.reply(cotton.producerId(), review.id(), "ตอบอีกครั้ง"),
                "one reply only");

        String page = productPage(d.shopper(), catalogue.cotton());
        assertTrue(page.contains("class=\"review-photo\""), "the review's photo: " + page);
        assertTrue(page.contains(review.photoKey() + "/list.jpg"));
        assertTrue(page.contains("ขอบคุณมากค่ะ"), "the producer's reply");
        assertFalse(page.contains("ตอบอีกครั้ง"));
        assertTrue(
                page.contains("/complaints/new?about=product&amp;product=" + catalogue.cotton()),
                "a complaint about the product starts here");
    }

    private static String productPage(ShopperSession shopper, String publicId) {
        HttpResponse<String> response = shopper.get("/p/" + publicId);
        if (response.getStatus().getCode() / 100 == 3) {
            return shopper.page(response.header(HttpHeaders.LOCATION));
        }
        return body(response);
    }

    @Test
    void theDeliverySurveyIsAnsweredOnceFromTheOrderPage() {
        Delivered d = delivered(catalogue.chilli());
        String status = d.shopper().page("/checkout/" + d.checkout());
        String survey = first(status, "href=\"(/surveys/[0-9a-z]+)\"");
        assertTrue(d.shopper().page(survey).contains("ท่านพึงพอใจกับคำสั่งซื้อนี้เพียงใด"));

        HttpResponse<String> noScore = d.shopper().post(survey, Map.of("comment", "ส่งไวมาก"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, noScore.getStatus());
        assertTrue(body(noScore).contains("id=\"score-error\""), body(noScore));
        assertTrue(body(noScore).contains("ส่งไวมาก"), "the comment typed is kept");

        HttpResponse<String> answered = d.shopper().post(survey, Map.of("score", "4", "comment", "ส่งไวมาก"));
        assertEquals(survey + "?sent", answered.header(HttpHeaders.LOCATION));
        assertTrue(d.shopper().page(survey + "?sent").contains("ขอบคุณ ระบบบันทึกคำตอบของท่านแล้ว"));

        HttpResponse<String> again = d.shopper().post(survey, Map.of("score", "1"));
        assertEquals(HttpStatus.CONFLICT, again.getStatus());
        assertTrue(body(again).contains("แบบสอบถามนี้ตอบแล้ว"), body(again));
        assertTrue(body(again).contains("คำตอบของท่าน: 4 จาก 5"), "the first answer stands");

        assertEquals(
                HttpStatus.NOT_FOUND, new ShopperSession(client).get(survey).getStatus(), "not someone else's");
    }
}
