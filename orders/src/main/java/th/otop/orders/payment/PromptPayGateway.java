package th.otop.orders.payment;

import jakarta.inject.Singleton;
import java.util.Optional;
import th.otop.orders.payment.promptpay.PromptPayId;
import th.otop.orders.payment.promptpay.PromptPayPayload;
import th.otop.orders.payment.promptpay.PromptPayQrImage;

/** PromptPay straight to each producer: a dynamic QR code per order, no payment company, no fees. */
@Singleton
class PromptPayGateway implements PaymentGateway {
    static final int QR_SIZE_PX = 320;

    @Override
    public PaymentMethod method() {
        return PaymentMethod.PROMPTPAY;
    }

    @Override
    public PaymentInstructions instruct(PaymentRequest request) {
        return new PaymentInstructions.PromptPayCodes(request.payees().stream()
                .map(payee -> {
                    String payload =
                            PromptPayPayload.build(PromptPayId.parse(payee.promptPayId()), payee.amountSatang());
                    return new PaymentInstructions.PromptPayCodes.Code(
                            payee.orderPublicId(),
                            payee.reference(),
                            payee.producerName(),
                            payee.amountSatang(),
                            payload,
                            PromptPayQrImage.dataUri(payload, QR_SIZE_PX));
                })
                .toList());
    }

    /** The producer received the money, so the producer transfers it back; nothing to call. */
    @Override
    public Optional<String> refund(RefundRequest request) {
        return Optional.empty();
    }
}
