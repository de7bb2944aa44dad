package th.otop.orders.payment.stripe;

import com.stripe.Stripe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook bodies shaped like Stripe's, and their signatures computed the way Stripe documents it. Shared with the apps'
 * tests through this module's test jar.
 */
public final class StripeEvents {
    public static final String WEBHOOK_SECRET = "whsec_test_7Hq2nV9xLm4Rk8Pz1Tb6Yc3Wd5Fg0Js";

    private StripeEvents() {}

    public static String paymentIntent(String type, String intentId, String checkout, long amount, String currency) {
        String status =
                switch (type) {
                    case "payment_intent.succeeded" -> "succeeded";
                    case "payment_intent.payment_failed" -> "requires_payment_method";
                    default -> "processing";
                };
        Map<String, String> values = Map.of(
                "eventId",
                "evt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24),
                "apiVersion",
                Stripe.API_VERSION,
                "created",
                String.valueOf(Instant.now().getEpochSecond()),
                "intentId",
                intentId,
                "amount",
                String.valueOf(amount),
                "amountReceived",
                status.equals("succeeded") ? String.valueOf(amount) : "0",
                "currency",
                currency,
                "checkout",
                checkout,
                "status",
                status,
                "type",
                type);
        String body = template();
        for (var e : values.entrySet()) {
            body = body.replace("${" + e.getKey() + "}", e.getValue());
        }
        return body;
    }

    public static String sign(String payload, String secret, long timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signNow(String payload) {
        return sign(payload, WEBHOOK_SECRET, Instant.now().getEpochSecond());
    }

    public static String resource(String name) {
        try (InputStream in = StripeEvents.class.getResourceAsStream("/stripe/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template() {
        return resource("event_payment_intent.json");
    }
}
