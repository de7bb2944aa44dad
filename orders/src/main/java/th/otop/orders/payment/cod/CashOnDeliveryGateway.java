package th.otop.orders.payment.cod;

import jakarta.inject.Singleton;
import java.util.Optional;
import th.otop.orders.payment.PaymentGateway;
import th.otop.orders.payment.PaymentInstructions;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.payment.PaymentRequest;
import th.otop.orders.payment.RefundRequest;

@Singleton
class CashOnDeliveryGateway implements PaymentGateway {
    @Override
    public PaymentMethod method() {
        return PaymentMethod.CASH_ON_DELIVERY;
    }

    @Override
    public PaymentInstructions instruct(PaymentRequest request) {
        return new PaymentInstructions.CashOnDelivery(request.totalSatang());
    }

    /** The producer holds the cash and pays it back; the ledger records it. */
    @Override
    public Optional<String> refund(RefundRequest request) {
        return Optional.empty();
    }
}
