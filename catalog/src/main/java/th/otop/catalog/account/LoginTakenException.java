package th.otop.catalog.account;

import java.util.List;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

public class LoginTakenException extends InvalidInputException {
    public LoginTakenException() {
        super(List.of(new FieldError(
                "login",
                "อีเมลหรือเบอร์นี้มีบัญชีอยู่แล้ว ลองเข้าสู่ระบบหรือตั้งรหัสผ่านใหม่",
                "This email or number already has an account: sign in or reset the password")));
    }
}
