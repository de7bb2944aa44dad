package th.otop.sellerportal.officer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalInt;
import th.otop.sellerportal.web.Formats;

/**
 * The OTOP grading year as officers type it: Buddhist era (พ.ศ. 2568) on the Thai pages, common era on the
 * English ones. Stored in the common era either way; a year past 2400 can only be Buddhist era.
 */
final class GradingYear {
    static final int BUDDHIST_ERA_OFFSET = 543;

    private GradingYear() {}

    static OptionalInt toCommonEra(String typed) {
        if (typed == null || !typed.strip().matches("\\d{4}")) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(typed.strip());
        return OptionalInt.of(year > 2400 ? year - BUDDHIST_ERA_OFFSET : year);
    }

    static int shown(int commonEra, Locale locale) {
        return "th".equals(locale.getLanguage()) ? commonEra + BUDDHIST_ERA_OFFSET : commonEra;
    }

    static int thisYear(Locale locale) {
        return shown(LocalDate.now(Formats.BANGKOK).getYear(), locale);
    }
}
