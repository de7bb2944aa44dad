package th.otop.orders.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class SurveysIntegrationTest implements RealServices {
    @Inject
    Surveys surveys;

    @Test
    void oneAnswerPerInvitationAndScoresBySegment() {
        String first = surveys.invite("account:1", Segment.CONSUMER, "order:A", false);
        assertEquals(
                first, surveys.invite("account:1", Segment.CONSUMER, "order:A", false), "one invitation per occasion");
        surveys.answer("account:1", first, 5, "ส่งไว ของดี");
        assertThrows(InvalidInputException.class, () -> surveys.answer("account:1", first, 4, null), "only once");

        String returning = surveys.invite("account:2", Segment.CONSUMER, "order:B", true);
        assertThrows(
                InvalidInputException.class,
                () -> surveys.answer("account:3", returning, 3, null),
                "not their invitation");
        surveys.answer("account:2", returning, 3, null);
        surveys.invite("outlet:7", Segment.OUTLET, "receipt:9", true);
        assertThrows(InvalidInputException.class, () -> surveys.answer("account:2", returning, 0, null));

        List<Satisfaction> rows = surveys.bySegment(
                Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));
        assertEquals(
                List.of(
                        new Satisfaction(Segment.CONSUMER, false, 1, 1, 5.0),
                        new Satisfaction(Segment.CONSUMER, true, 1, 1, 3.0),
                        new Satisfaction(Segment.OUTLET, true, 1, 0, 0.0)),
                rows);
    }
}
