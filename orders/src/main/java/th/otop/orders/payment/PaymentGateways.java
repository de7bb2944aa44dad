package th.otop.orders.payment;

import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

/**
 * The configured adapters. Stripe, when its keys are configured, is the online method; otherwise PromptPay straight to
 * the producer is. Cash on delivery is offered next to either where every producer of the cart accepts it.
 */
@Singleton
public class PaymentGateways {
    private final Map<PaymentMethod, PaymentGateway> byMethod = new EnumMap<>(PaymentMethod.class);

    PaymentGateways(List<PaymentGateway> gateways) {
        gateways.forEach(g -> byMethod.put(g.method(), g));
    }

    public PaymentMethod onlineMethod() {
        return byMethod.containsKey(PaymentMethod.STRIPE) ? PaymentMethod.STRIPE : PaymentMethod.PROMPTPAY;
    }

    /** The methods a buyer may choose, given whether every producer in the cart accepts cash on delivery. */
    public List<PaymentMethod> offered(boolean everyProducerAcceptsCod) {
        return everyProducerAcceptsCod
                ? List.of(onlineMethod(), PaymentMethod.CASH_ON_DELIVERY)
                : List.of(onlineMethod());
    }

    public PaymentGateway of(PaymentMethod method) {
        PaymentGateway gateway = byMethod.get(method);
        if (gateway == null) {
            throw new InvalidInputException(List.of(new FieldError(
                    "paymentMethod", "ช่องทางชำระเงินนี้ยังไม่เปิดให้บริการ", "This payment method is not available")));
        }
        return gateway;
    }
}
