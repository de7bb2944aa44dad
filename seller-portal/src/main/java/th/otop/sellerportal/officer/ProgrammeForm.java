package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import th.otop.catalog.community.SammachipProgramme;

/**
 * A programme as the officer types it: the place, the sage, up to five trainers, the occupations taught (one per
 * line or separated by commas) and the starting year in the Buddhist era (2560) or the common era (2017). The form
 * checks only what it must read; the rules of a programme are {@code Programmes}'.
 */
@Introspected
@Serdeable
record ProgrammeForm(
        @Nullable
                @NotBlank(message = "{officer.programmes.province.required}")
                @Pattern(regexp = "(\\d{1,4})?", message = "{officer.programmes.province.required}")
                String provinceId,
        @Nullable String district,
        @Nullable String subdistrict,
        @Nullable String village,
        @Nullable String sageName,
        @Nullable String trainer1,
        @Nullable String trainer2,
        @Nullable String trainer3,
        @Nullable String trainer4,
        @Nullable String trainer5,
        @Nullable String occupations,
        @Nullable @Pattern(regexp = "\\s*(\\d{4})?\\s*", message = "{officer.programmes.year.number}")
                String startedYear) {

    static final int BUDDHIST_ERA_OFFSET = 543;

    SammachipProgramme toProgramme() {
        List<String> trainers = Stream.of(trainer1, trainer2, trainer3, trainer4, trainer5)
                .filter(t -> t != null && !t.isBlank())
                .map(String::strip)
                .toList();
        List<String> taught = occupations == null
                ? List.of()
                : Arrays.stream(occupations.split("[,\\n]"))
                        .map(String::strip)
                        .filter(o -> !o.isEmpty())
                        .toList();
        return new SammachipProgramme(
                0,
                Integer.parseInt(provinceId),
                strip(district),
                strip(subdistrict),
                strip(village),
                strip(sageName),
                trainers,
                0,
                taught,
                year());
    }

    /** The form's fields of a programme, to show it for editing. */
    static Map<String, String> of(SammachipProgramme p) {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("provinceId", String.valueOf(p.provinceId()));
        form.put("district", p.district());
        form.put("subdistrict", p.subdistrict());
        form.put("village", p.village());
        form.put("sageName", p.sageName());
        for (int i = 0; i < p.trainerNames().size() && i < 5; i++) {
            form.put("trainer" + (i + 1), p.trainerNames().get(i));
        }
        form.put("occupations", String.join(", ", p.occupations()));
        form.put("startedYear", p.startedYear() == null ? "" : String.valueOf(p.startedYear() + BUDDHIST_ERA_OFFSET));
        return form;
    }

    /** What was typed, to show again with the errors. */
    Map<String, String> typed() {
        Map<String, String> form = new java.util.HashMap<>();
        put(form, "provinceId", provinceId);
        put(form, "district", district);
        put(form, "subdistrict", subdistrict);
        put(form, "village", village);
        put(form, "sageName", sageName);
        put(form, "trainer1", trainer1);
        put(form, "trainer2", trainer2);
        put(form, "trainer3", trainer3);
        put(form, "trainer4", trainer4);
        put(form, "trainer5", trainer5);
        put(form, "occupations", occupations);
        put(form, "startedYear", startedYear);
        return form;
    }

    private Integer year() {
        if (startedYear == null || startedYear.isBlank()) {
            return null;
        }
        int year = Integer.parseInt(startedYear.strip());
        return year > 2400 ? year - BUDDHIST_ERA_OFFSET : year;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static void put(Map<String, String> form, String name, String value) {
        form.put(name, value == null ? "" : value);
    }
}
