package th.otop.orders.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import th.otop.catalog.account.Role;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class ComplaintsIntegrationTest implements RealServices {
    private static final ProducerId WEAVERS = new ProducerId(1_001);
    private static final ProducerId OTHER = new ProducerId(1_002);
    private final Party consumer = new Party(11, Role.CONSUMER, null);
    private final Party producer = new Party(12, Role.PRODUCER, WEAVERS);
    private final Party otherProducer = new Party(13, Role.PRODUCER, OTHER);
    private final Party officer = new Party(14, Role.OFFICER, null);

    @Inject
    Complaints complaints;

    @Test
    void aMissedFirstReplyEscalatesThenTheComplaintIsResolvedAndRated() {
        String id = complaints.open(
                consumer, ComplaintSubject.ORDER, "ORD-1", WEAVERS, ComplaintCategory.DAMAGED, "ผ้าขาดมาถึง", null);
        Complaint opened = complaints.find(producer, id);
        assertEquals("PRODUCER", opened.handler());
        assertTrue(opened.firstReplyDue().isAfter(Instant.now().plus(Duration.ofDays(1))), "two working days");

        assertEquals(0, complaints.escalateOverdue(Instant.now()), "nothing is late yet");
        assertEquals(1, complaints.escalateOverdue(opened.firstReplyDue().plusSeconds(60)));
        Complaint escalated = complaints.find(officer, id);
        assertTrue(escalated.escalated());
        assertEquals("OFFICER", escalated.handler());

        complaints.reply(officer, id, "เจ้าหน้าที่รับเรื่องแล้ว ประสานผู้ผลิตส่งผืนใหม่", null);
        assertEquals(
                ComplaintStatus.WAITING_FOR_REPLY, complaints.find(consumer, id).status());
        complaints.reply(consumer, id, "ได้รับผืนใหม่แล้ว", null);
        complaints.resolve(officer, id);
        assertThrows(InvalidInputException.class, () -> complaints.close(consumer, id, 6));
        complaints.close(consumer, id, 4);
        Complaint closed = complaints.find(consumer, id);
        assertEquals(ComplaintStatus.CLOSED, closed.status());
        assertEquals(4, closed.satisfaction());
        assertEquals(3, closed.messages().size());
        assertEquals(
                0, complaints.escalateOverdue(closed.resolutionDue().plusSeconds(60)), "closed complaints stay closed");
    }

    @Test
    void everyoneSeesOnlyComplaintsTheyArePartyTo() {
        String id = complaints.open(
                consumer,
                ComplaintSubject.PRODUCT,
                "P-1",
                WEAVERS,
                ComplaintCategory.NOT_AS_DESCRIBED,
                "สีไม่ตรงปก",
                null);
        assertThrows(ComplaintNotFoundException.class, () -> complaints.find(otherProducer, id));
        assertThrows(ComplaintNotFoundException.class, () -> complaints.find(new Party(99, Role.CONSUMER, null), id));
        assertFalse(complaints.visibleTo(otherProducer).stream()
                .anyMatch(c -> c.publicId().equals(id)));
        assertTrue(complaints.visibleTo(producer).stream()
                .anyMatch(c -> c.publicId().equals(id)));
        assertTrue(complaints.visibleTo(officer).stream()
                .anyMatch(c -> c.publicId().equals(id)));
    }

    @Test
    void platformComplaintsGoToOfficersAndBadInputIsRefused() {
        String id = complaints.open(
                new Party(21, Role.OUTLET, null),
                ComplaintSubject.PLATFORM,
                null,
                null,
                ComplaintCategory.SERVICE,
                "เว็บช้า",
                null);
        assertEquals("OFFICER", complaints.find(officer, id).handler());
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> complaints.open(consumer, ComplaintSubject.ORDER, null, null, null, " ", null));
        assertEquals(3, e.errors().size());
    }

    @Test
    void workingDaysSkipTheWeekend() {
        // Friday 10:00 in Bangkok + 2 working days = Tuesday 10:00
        Instant friday = Instant.parse("2026-11-20T03:00:00Z");
        assertEquals(Instant.parse("2026-11-24T03:00:00Z"), WorkingDays.after(friday, 2));
    }
}
