package th.otop.orders.payment.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Optional;
import th.otop.orders.payment.PaymentGateway;
import th.otop.orders.payment.PaymentInstructions;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.payment.PaymentProviderException;
import th.otop.orders.payment.PaymentRequest;
import th.otop.orders.payment.RefundRequest;

/**
 * Card and PromptPay through Stripe. Every call carries an idempotency key derived from our own ids, so a retry after a
 * timeout returns Stripe's first answer instead of creating a second charge or refund.
 */
@Singleton
@Requires(property = "otop.stripe.secret-key")
class StripeGateway implements PaymentGateway {
    static final String CHECKOUT_METADATA = "checkout";

    private final StripeClient client;
    private final String publishableKey;

    StripeGateway(
            @Value("${otop.stripe.secret-key}") String secretKey,
            @Value("${otop.stripe.publishable-key:}") String publishableKey,
            @Value("${otop.stripe.api-base:}") String apiBase) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(secretKey);
        if (!apiBase.isBlank()) {
            // a local stub in tests; Stripe's own servers otherwise
            builder.setApiBase(apiBase);
        }
        this.client = builder.build();
        this.publishableKey = publishableKey;
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.STRIPE;
    }

    @Override
    public PaymentInstructions instruct(PaymentRequest request) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(request.totalSatang())
                .setCurrency("thb")
                .addPaymentMethodType("card")
                .addPaymentMethodType("promptpay")
                .putMetadata(CHECKOUT_METADATA, request.checkoutPublicId())
                .build();
        try {
            // the amount is part of the key: if an order of the checkout is cancelled before paying, the rest needs a
            // new intent, while a plain retry still gets the first one
            PaymentIntent intent = client.v1()
                    .paymentIntents()
                    .create(params, options("checkout-" + request.checkoutPublicId() + "-" + request.totalSatang()));
            return new PaymentInstructions.StripeIntent(intent.getId(), intent.getClientSecret(), publishableKey);
        } catch (StripeException e) {
            throw new PaymentProviderException("Stripe refused the payment of " + request.checkoutPublicId(), e);
        }
    }

    @Override
    public Optional<String> refund(RefundRequest request) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(request.providerPaymentId())
                .setAmount(request.amountSatang())
                .putMetadata("order", request.orderPublicId())
                .build();
        try {
            Refund refund = client.v1().refunds().create(params, options(request.idempotencyKey()));
            return Optional.of(refund.getId());
        } catch (StripeException e) {
            throw new PaymentProviderException("Stripe refused the refund of " + request.orderPublicId(), e);
        }
    }

    private static RequestOptions options(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }
}
