package th.otop.orders.checkout;

import java.util.List;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

/** The idempotency key already placed a checkout for another cart: a client bug, never silently merged. */
public class IdempotencyKeyReusedException extends InvalidInputException {
    public IdempotencyKeyReusedException() {
        super(List.of(new FieldError(
                "idempotencyKey",
                "คำขอนี้ถูกใช้สั่งซื้อตะกร้าอื่นไปแล้ว กรุณาโหลดหน้าใหม่",
                "This request was already used to order another cart; please reload the page")));
    }
}
