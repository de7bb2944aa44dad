package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.validation.Checks;

/**
 * CDD officers keep the sammachip programmes: each village's sage and trainer team, the households trained with their
 * basic-needs standing, the occupations taught, their follow-up visits, and the occupational groups (and so the
 * producers) the programme formed. Every change is in the audit log in the same transaction.
 */
@Singleton
public class Programmes {
    public static final int MAX_TRAINERS = 5;
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final Community community;
    private final CommunityDirectory directory;
    private final ProgrammeHouseholds households;
    private final ProgrammeVisits visits;
    private final Geography geography;
    private final Producers producers;
    private final AuditLog audit;
    private final Clock clock;

    Programmes(
            Community community,
            CommunityDirectory directory,
            ProgrammeHouseholds households,
            ProgrammeVisits visits,
            Geography geography,
            Producers producers,
            AuditLog audit,
            Clock clock) {
        this.community = community;
        this.directory = directory;
        this.households = households;
        this.visits = visits;
        this.geography = geography;
        this.producers = producers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(long officer, SammachipProgramme draft) {
        check(draft);
        long id = community.addProgramme(draft);
        audit.record(officer, "programme.create", "programme:" + id, draft.village());
        return id;
    }

    @Transactional
    public void update(long officer, long id, SammachipProgramme draft) {
        check(draft);
        if (!community.updateProgramme(id, draft)) {
            throw new ProgrammeNotFoundException(id);
        }
        audit.record(officer, "programme.update", "programme:" + id, draft.village());
    }

    @Transactional
    public ProgrammeRegister register(long id) {
        return new ProgrammeRegister(
                directory.programme(id).orElseThrow(() -> new ProgrammeNotFoundException(id)),
                households.findByProgrammeIdOrderById(id).stream()
                        .map(ProgrammeHousehold::of)
                        .toList(),
                visits.findByProgrammeIdOrderByVisitedOnDescAndIdDesc(id).stream()
                        .map(ProgrammeVisit::of)
                        .toList());
    }

    @Transactional
    public long addHousehold(
            long officer, long programmeId, String headName, @Nullable HouseholdStanding standing, String occupation) {
        requireProgramme(programmeId);
        String occupationOrNull = occupation == null || occupation.isBlank() ? null : occupation.strip();
        new Checks()
                .notBlank(headName, "headName", "ชื่อหัวหน้าครัวเรือน", "The head of household")
                .maxLength(headName, 200, "headName", "ชื่อหัวหน้าครัวเรือน", "The head of household")
                .require(
                        standing != null,
                        "standing",
                        "เลือกสถานะตามเกณฑ์ จปฐ.",
                        "Choose the household's basic-needs standing")
                .maxLength(occupationOrNull, 200, "occupation", "อาชีพ", "The occupation")
                .throwIfInvalid();
        ProgrammeHouseholdRow saved = households.save(new ProgrammeHouseholdRow(
                null, programmeId, headName.strip(), standing, occupationOrNull, officer, null));
        audit.record(officer, "programme.household.add", "programme:" + programmeId, saved.headName());
        return saved.id();
    }

    @Transactional
    public void removeHousehold(long officer, long programmeId, long householdId) {
        ProgrammeHouseholdRow household = households
                .findByIdAndProgrammeId(householdId, programmeId)
                .orElseThrow(() -> new ProgrammeNotFoundException(programmeId));
        households.deleteById(householdId);
        audit.record(officer, "programme.household.remove", "programme:" + programmeId, household.headName());
    }

    /** A follow-up visit on a day that has come (Bangkok time), with what the officer found. */
    @Transactional
    public long addVisit(long officer, long programmeId, @Nullable LocalDate visitedOn, String note) {
        requireProgramme(programmeId);
        LocalDate today = LocalDate.now(clock.withZone(BANGKOK));
        new Checks()
                .require(visitedOn != null, "visitedOn", "กรุณาระบุวันที่ไปเยี่ยม", "Enter the day of the visit")
                .require(
                        visitedOn == null || !visitedOn.isAfter(today),
                        "visitedOn",
                        "วันที่ไปเยี่ยมต้องไม่เกินวันนี้",
                        "The visit cannot be after today")
                .notBlank(note, "note", "บันทึกการเยี่ยม", "The note of the visit")
                .maxLength(note, 1000, "note", "บันทึกการเยี่ยม", "The note of the visit")
                .throwIfInvalid();
        ProgrammeVisitRow saved =
                visits.save(new ProgrammeVisitRow(null, programmeId, visitedOn, note.strip(), officer, null));
        audit.record(officer, "programme.visit", "programme:" + programmeId, visitedOn.toString());
        return saved.id();
    }

    /** An occupational group the programme formed. */
    @Transactional
    public long addGroup(long officer, long programmeId, String nameTh, @Nullable String nameEn, int households) {
        requireProgramme(programmeId);
        new Checks()
                .maxLength(nameTh, 200, "groupNameTh", "ชื่อกลุ่ม", "The group name")
                .maxLength(nameEn, 200, "groupNameEn", "ชื่อกลุ่มภาษาอังกฤษ", "The group's English name")
                .range(households, 0, 100_000, "groupHouseholds", "จำนวนครัวเรือน", "Households")
                .throwIfInvalid();
        long group = community.addGroup(nameTh == null ? null : nameTh.strip(), nameEn, programmeId, households);
        audit.record(officer, "programme.group.add", "programme:" + programmeId, "group:" + group + " " + nameTh);
        return group;
    }

    /** An officer links a producer to one of the programme's groups: confirmed at once, since an officer made it. */
    @Transactional
    public void linkProducer(long officer, long programmeId, long groupId, String producerPublicId) {
        boolean ofProgramme = directory
                .group(groupId)
                .map(g -> g.group().programmeId() != null && g.group().programmeId() == programmeId)
                .orElse(false);
        ProducerId producer = producers
                .findByPublicId(producerPublicId == null ? "" : producerPublicId.strip())
                .map(p -> p.id())
                .orElse(null);
        new Checks()
                .require(ofProgramme, "group", "เลือกกลุ่มของโครงการนี้", "Choose one of this programme's groups")
                .require(
                        producer != null,
                        "producer",
                        "ไม่พบร้านค้าตามรหัสนี้ ดูรหัสได้ที่หน้าร้านค้า",
                        "No shop has this code; it is shown on the shop's page")
                .throwIfInvalid();
        community.linkGroup(producer, groupId, true);
        audit.record(
                officer,
                "programme.producer.link",
                "producer:" + producer.value(),
                "programme:" + programmeId + " group:" + groupId);
    }

    private void requireProgramme(long id) {
        if (community.programme(id).isEmpty()) {
            throw new ProgrammeNotFoundException(id);
        }
    }

    private void check(SammachipProgramme p) {
        Checks checks = new Checks()
                .require(
                        geography.province(p.provinceId()).isPresent(),
                        "provinceId",
                        "กรุณาเลือกจังหวัด",
                        "Choose the province");
        field(checks, p.district(), "district", "อำเภอ", "The district");
        field(checks, p.subdistrict(), "subdistrict", "ตำบล", "The subdistrict");
        field(checks, p.village(), "village", "ชื่อหมู่บ้าน", "The village");
        field(checks, p.sageName(), "sageName", "ชื่อปราชญ์ชุมชน", "The community sage");
        List<String> trainers = p.trainerNames();
        checks.require(
                !trainers.isEmpty() && trainers.size() <= MAX_TRAINERS,
                "trainers",
                "ทีมวิทยากรมีได้ 1 ถึง " + MAX_TRAINERS + " คน",
                "The trainer team has 1 to " + MAX_TRAINERS + " people");
        trainers.forEach(t -> name(checks, t, "trainers", "ชื่อวิทยากร", "A trainer's name"));
        checks.require(
                !p.occupations().isEmpty(),
                "occupations",
                "กรุณาระบุอาชีพที่ฝึกอย่างน้อยหนึ่งอาชีพ",
                "Name at least one occupation taught");
        p.occupations().forEach(o -> name(checks, o, "occupations", "อาชีพ", "An occupation"));
        int thisYear = LocalDate.now(clock.withZone(BANGKOK)).getYear();
        checks.require(
                        p.startedYear() == null || (p.startedYear() >= 2000 && p.startedYear() <= thisYear),
                        "startedYear",
                        "ปีที่เริ่มต้องอยู่ระหว่าง พ.ศ. 2543 ถึง " + (thisYear + 543),
                        "The starting year must be from 2000 to " + thisYear)
                .throwIfInvalid();
    }

    private static void field(Checks checks, String value, String field, String nameTh, String nameEn) {
        checks.notBlank(value, field, nameTh, nameEn).maxLength(value, 100, field, nameTh, nameEn);
    }

    /** Names are kept joined by "|", so a name cannot hold one. */
    private static void name(Checks checks, String value, String field, String nameTh, String nameEn) {
        checks.maxLength(value, 200, field, nameTh, nameEn)
                .require(
                        value == null || value.indexOf('|') < 0,
                        field,
                        nameTh + "ต้องไม่มีเครื่องหมาย |",
                        nameEn + " cannot contain |");
    }
}
