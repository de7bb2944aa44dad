package th.otop.sellerportal.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.otop.sellerportal.support.PortalSession.body;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Role;
import th.otop.catalog.producer.ProducerId;
import th.otop.devstack.RealServices;
import th.otop.orders.complaint.ComplaintCategory;
import th.otop.orders.complaint.ComplaintSubject;
import th.otop.orders.complaint.Complaints;
import th.otop.orders.complaint.Party;
import th.otop.orders.survey.Surveys;
import th.otop.sellerportal.support.Buyers;
import th.otop.sellerportal.support.PortalSession;

/** A shop answers and resolves its complaints (another shop gets 404) and answers its quarterly survey once. */
@MicronautTest(transactional = false)
class ProducerChannelsIntegrationTest implements RealServices {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ApplicationContext context;

    @Inject
    Complaints complaints;

    @Inject
    Surveys surveys;

    private static String login() {
        return "shop-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void theShopAnswersAndResolvesItsComplaintAndAnotherShopGets404() {
        String login = login();
        PortalSession shop = PortalSession.newProducer(client, login, "กลุ่มทอผ้าบ้านนาโพธิ์");
        ProducerId producer = new Buyers(context).producerOf(login);
        Party consumer = new Party(Long.MAX_VALUE - 1, Role.CONSUMER, null);
        String id = complaints.open(
                consumer, ComplaintSubject.PRODUCER, null, producer, ComplaintCategory.SERVICE, "ตอบแชทช้ามาก", null);

        assertTrue(shop.get("/complaints").getBody(String.class).orElse("").contains("/complaints/" + id));
        String thread = body(shop.get("/complaints/" + id));
        assertTrue(thread.contains("ตอบแชทช้ามาก") && thread.contains("first-reply-due"), thread);

        HttpResponse<String> empty = shop.post("/complaints/" + id + "/reply", Map.of("body", ""));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, empty.getStatus());
        assertTrue(body(empty).contains("id=\"body-error\""), body(empty));
        assertEquals(
                HttpStatus.SEE_OTHER,
                shop.post("/complaints/" + id + "/reply", Map.of("body", "ขออภัยค่ะ จะตอบให้ไวขึ้น"))
                        .getStatus());
        assertEquals("WAITING_FOR_REPLY", complaints.find(consumer, id).status().name(), "the complainant's turn");
        assertEquals(
                HttpStatus.SEE_OTHER,
                shop.post("/complaints/" + id + "/resolve", Map.of()).getStatus());
        assertEquals("RESOLVED", complaints.find(consumer, id).status().name());

        PortalSession other = PortalSession.newProducer(client, login(), "ร้านอื่น");
        assertEquals(HttpStatus.NOT_FOUND, other.get("/complaints/" + id).getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                other.post("/complaints/" + id + "/reply", Map.of("body", "แอบตอบ"))
                        .getStatus());
        assertFalse(body(other.get("/complaints")).contains(id));
        assertEquals(HttpStatus.OK, shop.get("/reviews").getStatus(), "the reviews page");
    }

    @Test
    void theQuarterlySurveyIsCreatedOncePerQuarterAndAnsweredOnce() {
        String login = login();
        PortalSession shop = PortalSession.newProducer(client, login, "กลุ่มจักสานบ้านโคก");
        ProducerId producer = new Buyers(context).producerOf(login);
        String dashboard = body(shop.get("/dashboard"));
        Matcher m = Pattern.compile("href=\"(/surveys/([0-9a-z]+))\"").matcher(dashboard);
        assertTrue(m.find(), "the dashboard shows the quarter's invitation: " + dashboard);
        assertTrue(body(shop.get("/dashboard")).contains(m.group(1)), "a second visit finds the same invitation");
        assertEquals(
                m.group(2),
                surveys.inviteProducerForQuarter(producer, Instant.now()),
                "one invitation per producer per quarter");
        assertFalse(
                m.group(2)
                        .equals(surveys.inviteProducerForQuarter(
                                producer, Instant.now().plusSeconds(100L * 86400))),
                "the next quarter has its own");

        HttpResponse<String> noScore = shop.post(m.group(1), Map.of("comment", "ดีมาก"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, noScore.getStatus());
        assertTrue(body(noScore).contains("ดีมาก"), "the comment is kept");
        HttpResponse<String> answered = shop.post(m.group(1), Map.of("score", "4", "comment", "ดีมาก"));
        assertEquals(m.group(1) + "?sent", answered.header(HttpHeaders.LOCATION));
        HttpResponse<String> again = shop.post(m.group(1), Map.of("score", "1"));
        assertEquals(HttpStatus.CONFLICT, again.getStatus());
        assertTrue(body(again).contains("แบบสอบถามนี้ตอบแล้ว"), body(again));
        assertFalse(body(shop.get("/dashboard")).contains(m.group(1)), "answered, it leaves the dashboard");

        PortalSession other = PortalSession.newProducer(client, login(), "ร้านอื่นอีก");
        assertEquals(HttpStatus.NOT_FOUND, other.get(m.group(1)).getStatus());
    }
}
