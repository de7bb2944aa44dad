package th.otop.catalog.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.otop.catalog.CatalogMother;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class ProgrammesIntegrationTest implements RealServices {
    private static final long OFFICER = 7_301;

    @Inject
    Programmes programmes;

    @Inject
    Community community;

    @Inject
    CatalogMother mother;

    @Inject
    Producers producers;

    @Inject
    AuditLog audit;

    @Test
    void anOfficerKeepsAProgrammesTeamHouseholdsVisitsAndGroups() {
        long id = programmes.create(OFFICER, programme("บ้านหนองบัว", List.of("นางคำ", "นายบุญ", "นางทอง")));
        programmes.update(
                OFFICER, id, programme("บ้านหนองบัวทอง", List.of("นางคำ", "นายบุญ", "นางทอง", "นายมี", "นางสุข")));

        long first = programmes.addHousehold(OFFICER, id, "นางบัว ใจงาม", HouseholdStanding.BELOW_INCOME, "ทอเสื่อ");
        programmes.addHousehold(OFFICER, id, " นายคง มั่นคง ", HouseholdStanding.BELOW_BASIC_NEEDS, "");
        programmes.addHousehold(OFFICER, id, "นางแก้ว ดีใจ", HouseholdStanding.SAMMACHIP, "จักสาน");
        programmes.removeHousehold(OFFICER, id, first);
        programmes.addVisit(OFFICER, id, LocalDate.of(2026, 3, 2), "ครัวเรือนขายเสื่อได้ที่ตลาดนัด");
        programmes.addVisit(OFFICER, id, LocalDate.of(2026, 6, 9), "กลุ่มเริ่มขายออนไลน์");
        long group = programmes.addGroup(OFFICER, id, "กลุ่มจักสานหนองบัว", "Nong Bua basketry", 12);
        ProducerId basketry = mother.verifiedProducer("กลุ่มจักสานหนองบัว", 40, ProducerKind.OCCUPATIONAL_GROUP);
        programmes.linkProducer(
                OFFICER, id, group, producers.find(basketry).orElseThrow().publicId());

        ProgrammeRegister register = programmes.register(id);
        SammachipProgramme kept = register.detail().programme();
        assertEquals("บ้านหนองบัวทอง", kept.village());
        assertEquals(5, kept.trainerNames().size());
        assertEquals(2, kept.householdsTrained(), "the count follows the register");
        assertEquals(
                List.of("นายคง มั่นคง", "นางแก้ว ดีใจ"),
                register.households().stream().map(ProgrammeHousehold::headName).toList());
        assertEquals(HouseholdStanding.SAMMACHIP, register.households().get(1).standing());
        assertEquals(LocalDate.of(2026, 6, 9), register.visits().get(0).visitedOn(), "the newest visit first");
        assertEquals(1, register.detail().groups().size());
        assertTrue(community.linkagesOf(basketry).sammachipLinked(), "an officer's link is confirmed at once");
        assertTrue(audit.recent(20).stream()
                .anyMatch(e -> e.action().equals("programme.household.remove")
                        && e.subject().equals("programme:" + id)
                        && e.actorAccount() == OFFICER));
    }

    @Test
    void badInputIsRefusedWholeWithEveryReason() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> programmes.create(
                        OFFICER,
                        new SammachipProgramme(
                                0,
                                999,
                                "",
                                "ทุ่งใหญ่",
                                " ",
                                "",
                                List.of("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก"),
                                0,
                                List.of(),
                                1990)));
        assertEquals(
                List.of("provinceId", "district", "village", "sageName", "trainers", "occupations", "startedYear"),
                e.errors().stream().map(FieldError::field).distinct().toList());

        long id = programmes.create(OFFICER, programme("บ้านโคก", List.of("นางคำ")));
        assertThrows(
                InvalidInputException.class,
                () -> programmes.addVisit(OFFICER, id, LocalDate.now().plusDays(3), "ยังไม่ได้ไป"));
        assertThrows(InvalidInputException.class, () -> programmes.addHousehold(OFFICER, id, "นางดี", null, null));
        assertThrows(
                InvalidInputException.class,
                () -> programmes.create(OFFICER, programme("บ้าน|ขีด", List.of("นาง|คำ"))));
        InvalidInputException wrongGroup = assertThrows(
                InvalidInputException.class, () -> programmes.linkProducer(OFFICER, id, 987_654, "no-such-shop"));
        assertEquals(
                List.of("group", "producer"),
                wrongGroup.errors().stream().map(FieldError::field).toList());
        assertThrows(ProgrammeNotFoundException.class, () -> programmes.register(987_654));
        assertThrows(
                ProgrammeNotFoundException.class,
                () -> programmes.addVisit(OFFICER, 987_654, LocalDate.of(2026, 1, 1), "x"));
        assertFalse(programmes.register(id).households().iterator().hasNext(), "nothing half-saved");
    }

    private static SammachipProgramme programme(String village, List<String> trainers) {
        return new SammachipProgramme(
                0,
                40,
                "เมืองขอนแก่น",
                "บ้านเป็ด",
                village,
                "นายปราชญ์ รู้ดี",
                trainers,
                0,
                List.of("จักสาน", "ทอเสื่อ"),
                2019);
    }
}
