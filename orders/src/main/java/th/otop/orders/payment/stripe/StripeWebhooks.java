package th.otop.orders.payment.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import th.otop.orders.checkout.CheckoutPayments;
import th.otop.orders.order.Actor;

/**
 * Stripe's webhook, as a plain method the app's controller calls with the raw body and the {@code Stripe-Signature}
 * header. Stripe delivers events at least once and in any order: an event id is stored in the transaction of its
 * effect, so it applies exactly once, and effects only ever move a checkout forward.
 */
@Singleton
@Requires(property = "otop.stripe.webhook-secret")
public class StripeWebhooks {
    /** Stripe's own default tolerance for old signatures, used for clock skew into the future as well. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** What became of an event, for the log and the tests; the app answers 200 to all of them. */
    public enum Outcome {
        APPLIED,
        DUPLICATE,
        IGNORED
    }

    private final String secret;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final CheckoutPayments payments;

    StripeWebhooks(
            @Value("${otop.stripe.webhook-secret}") String secret,
            JdbcOperations jdbc,
            TransactionOperations<Connection> transactions,
            CheckoutPayments payments) {
        this.secret = secret;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.payments = payments;
    }

    /**
     * @throws WebhookRejectedException for a missing, forged or tampered signature, or a timestamp more than five minutes
     *     old or in the future
     */
    public Outcome handle(String payload, String signatureHeader) {
        Event event = verified(payload, signatureHeader);
        return transactions.executeWrite(status -> {
            if (!firstDelivery(event)) {
                return Outcome.DUPLICATE;
            }
            return switch (event.getType()) {
                case "payment_intent.succeeded" -> {
                    PaymentIntent intent = intent(event);
                    payments.paid(
                            checkoutOf(intent),
                            intent.getId(),
                            intent.getAmount(),
                            intent.getCurrency(),
                            Actor.system("stripe:" + event.getId()));
                    yield Outcome.APPLIED;
                }
                case "payment_intent.processing" -> {
                    payments.processing(checkoutOf(intent(event)));
                    yield Outcome.APPLIED;
                }
                case "payment_intent.payment_failed" -> {
                    payments.failed(checkoutOf(intent(event)));
                    yield Outcome.APPLIED;
                }
                default -> Outcome.IGNORED;
            };
        });
    }

    private Event verified(String payload, String signatureHeader) {
        if (payload == null || signatureHeader == null) {
            throw new WebhookRejectedException("No payload or no Stripe-Signature header");
        }
        // Webhook.constructEvent refuses old timestamps only; a future one would let a captured request be replayed
        // later
        if (timestamp(signatureHeader) > Instant.now().plus(TOLERANCE).getEpochSecond()) {
            throw new WebhookRejectedException("Stripe-Signature timestamp is in the future");
        }
        try {
            return Webhook.constructEvent(payload, signatureHeader, secret, TOLERANCE.toSeconds());
        } catch (SignatureVerificationException e) {
            throw new WebhookRejectedException("Stripe-Signature does not verify: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new WebhookRejectedException("Not a Stripe event", e);
        }
    }

    private static long timestamp(String signatureHeader) {
        for (String part : signatureHeader.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                try {
                    return Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    throw new WebhookRejectedException("Stripe-Signature timestamp is not a number", e);
                }
            }
        }
        throw new WebhookRejectedException("Stripe-Signature has no timestamp");
    }

    /** Waits for a concurrent delivery of the same event to finish, then answers false for the later one. */
    private boolean firstDelivery(Event event) {
        return jdbc.prepareStatement("INSERT IGNORE INTO stripe_event (event_id, type) VALUES (?, ?)", ps -> {
                    ps.setString(1, event.getId());
                    ps.setString(2, event.getType());
                    return ps.executeUpdate();
                })
                == 1;
    }

    /**
     * Fails (so Stripe retries) when the event's API version differs from the library's: the endpoint must be pinned to
     * {@link com.stripe.Stripe#API_VERSION}.
     */
    private static PaymentIntent intent(Event event) {
        StripeObject object = event.getDataObjectDeserializer()
                .getObject()
                .orElseThrow(() -> new IllegalStateException("Stripe event " + event.getId() + " has API version "
                        + event.getApiVersion() + "; pin the webhook endpoint to " + com.stripe.Stripe.API_VERSION));
        return (PaymentIntent) object;
    }

    private static String checkoutOf(PaymentIntent intent) {
        return intent.getMetadata() == null ? null : intent.getMetadata().get(StripeGateway.CHECKOUT_METADATA);
    }
}
