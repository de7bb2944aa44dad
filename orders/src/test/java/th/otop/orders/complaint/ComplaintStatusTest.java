package th.otop.orders.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ComplaintStatusTest {
    @Test
    void onlyTheHandlersAnswerMovesAnUnansweredComplaint() {
        assertEquals(ComplaintStatus.OPEN, ComplaintStatus.OPEN.afterMessage(true), "a follow-up is no answer");
        assertEquals(ComplaintStatus.WAITING_FOR_REPLY, ComplaintStatus.OPEN.afterMessage(false));
        assertEquals(ComplaintStatus.IN_PROGRESS, ComplaintStatus.WAITING_FOR_REPLY.afterMessage(true));
        assertEquals(ComplaintStatus.IN_PROGRESS, ComplaintStatus.IN_PROGRESS.afterMessage(true));
        assertEquals(ComplaintStatus.WAITING_FOR_REPLY, ComplaintStatus.IN_PROGRESS.afterMessage(false));
        assertEquals(
                ComplaintStatus.IN_PROGRESS,
                ComplaintStatus.RESOLVED.afterMessage(true),
                "a message after the resolution reopens it with the handler");
    }
}
