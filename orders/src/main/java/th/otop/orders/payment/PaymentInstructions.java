package th.otop.orders.payment;

import java.util.List;

/** What the checkout page shows the buyer to pay, one kind per payment method. */
public sealed interface PaymentInstructions {

    /** Stripe Elements or Checkout confirms this PaymentIntent in the browser; card numbers never reach our server. */
    record StripeIntent(String paymentIntentId, String clientSecret, String publishableKey)
            implements PaymentInstructions {}

    /** One QR code per producer, each for the exact amount of that producer's order. */
    record PromptPayCodes(List<Code> codes) implements PaymentInstructions {
        public record Code(
                String orderPublicId,
                String reference,
                String producerName,
                long amountSatang,
                String payload,
                String pngDataUri) {
            /** The name a saved code gets in the gallery: what it pays, so the buyer finds it again. */
            public String fileName() {
                return "promptpay-" + reference.replaceAll("[^A-Za-z0-9-]", "") + ".png";
            }
        }
    }

    /** Nothing to pay now: the courier collects the amount. */
    record CashOnDelivery(long totalSatang) implements PaymentInstructions {}
}
