package th.otop.storefront.checkout;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.otop.orders.payment.stripe.StripeWebhooks;
import th.otop.orders.payment.stripe.WebhookRejectedException;

/**
 * Stripe's webhook endpoint (register it in Stripe's dashboard as {@code https://<site>/stripe/webhook}). Its proof is
 * the {@code Stripe-Signature} header, so it is left out of the CSRF filter (application.yml).
 */
@Requires(beans = StripeWebhooks.class)
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/stripe/webhook")
class StripeWebhookController {
    private static final Logger LOG = LoggerFactory.getLogger(StripeWebhookController.class);

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** 200 for every genuine event, also one already applied, so Stripe stops resending it; 400 for anything else. */
    @Post(consumes = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> receive(@Body String payload, @Nullable @Header("Stripe-Signature") String signature) {
        try {
            StripeWebhooks.Outcome outcome = webhooks.handle(payload, signature);
            LOG.info("Stripe webhook {}", outcome);
            return HttpResponse.ok();
        } catch (WebhookRejectedException e) {
            LOG.warn("Stripe webhook rejected: {}", e.getMessage());
            return HttpResponse.badRequest();
        }
    }
}
