package th.otop.catalog.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import th.otop.catalog.validation.Checks;

/** A new account: signs in with an email address or a Thai mobile number. */
@Serdeable
public record SignUp(String login, String password, String displayName, Role role, boolean marketingConsent) {
    static final int MIN_PASSWORD = 8;

    void validate() {
        new Checks()
                .require(
                        Logins.isEmail(login) || Logins.isThaiMobile(login),
                        "login",
                        "กรุณากรอกอีเมลหรือเบอร์มือถือ 10 หลัก",
                        "Enter an email address or a 10-digit Thai mobile number")
                .require(
                        password != null && password.length() >= MIN_PASSWORD && password.length() <= 72,
                        "password",
                        "รหัสผ่านต้องยาว 8 ถึง 72 ตัวอักษร",
                        "The password must be 8 to 72 characters")
                .notBlank(displayName, "displayName", "ชื่อที่แสดง", "Your name")
                .maxLength(displayName, 200, "displayName", "ชื่อที่แสดง", "Your name")
                .throwIfInvalid();
    }

    @Nullable
    String email() {
        return Logins.isEmail(login) ? Logins.normalise(login) : null;
    }

    @Nullable
    String phone() {
        return Logins.isThaiMobile(login) ? Logins.normalise(login) : null;
    }
}
