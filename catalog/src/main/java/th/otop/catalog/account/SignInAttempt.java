package th.otop.catalog.account;

import java.util.Optional;
import th.otop.catalog.validation.FieldError;

/**
 * What a sign-in came to: the account, or nothing (wrong, or unknown: the same to the person asking), or a wait in
 * seconds before this login or this address may try again.
 */
public record SignInAttempt(Optional<Account> account, long retryAfterSeconds) {

    public boolean throttled() {
        return retryAfterSeconds > 0;
    }

    /** What a throttled person reads: how long to wait, in seconds or whole minutes. */
    public FieldError waitMessage() {
        long minutes = (retryAfterSeconds + 59) / 60;
        String th = retryAfterSeconds < 60 ? retryAfterSeconds + " วินาที" : minutes + " นาที";
        String en = retryAfterSeconds < 60
                ? retryAfterSeconds + (retryAfterSeconds == 1 ? " second" : " seconds")
                : minutes + (minutes == 1 ? " minute" : " minutes");
        return new FieldError(
                "password",
                "ลองเข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ " + th + " แล้วลองใหม่ หรือตั้งรหัสผ่านใหม่",
                "Too many wrong sign-ins. Wait " + en + " and try again, or reset your password.");
    }
}
