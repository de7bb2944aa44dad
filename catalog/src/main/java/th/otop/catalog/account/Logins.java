package th.otop.catalog.account;

import java.util.Locale;

/** A login is an email address or a Thai mobile number; both are compared in one normal form. */
final class Logins {
    private Logins() {}

    static String normalise(String login) {
        String trimmed = login == null ? "" : login.strip();
        return isEmail(trimmed) ? trimmed.toLowerCase(Locale.ROOT) : trimmed.replaceAll("[\\s-]", "");
    }

    static boolean isEmail(String login) {
        return login != null && login.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && login.length() <= 200;
    }

    static boolean isThaiMobile(String login) {
        return login != null && login.strip().replaceAll("[\\s-]", "").matches("0[689]\\d{8}");
    }
}
