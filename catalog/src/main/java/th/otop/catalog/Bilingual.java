package th.otop.catalog;

import java.util.Locale;

/** Picks the Thai or the English text for a reader; English falls back to Thai when there is none. */
public final class Bilingual {
    private Bilingual() {}

    public static String pick(Locale locale, String thai, String english) {
        boolean wantsEnglish = locale != null && !"th".equals(locale.getLanguage());
        return wantsEnglish && english != null && !english.isBlank() ? english : thai;
    }
}
