package th.otop.sellerportal.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.HashMap;
import java.util.Map;

/** Stripe's server, stubbed at its HTTP address, where refunds succeed; the only part of a card payment not real. */
public final class StripeStub {
    private final WireMockServer server =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());

    public StripeStub() {
        server.start();
        server.stubFor(post(urlEqualTo("/v1/refunds"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"re_portal_1\", \"object\": \"refund\", \"status\": \"succeeded\"}")));
    }

    /** The app's properties with Stripe configured at this stub. */
    public Map<String, String> configure(Map<String, String> properties) {
        Map<String, String> with = new HashMap<>(properties);
        with.put("otop.stripe.secret-key", "sk_test_portal_stub");
        with.put("otop.stripe.publishable-key", "pk_test_portal_stub");
        with.put("otop.stripe.webhook-secret", "whsec_portal_stub");
        with.put("otop.stripe.api-base", server.baseUrl());
        return with;
    }

    public WireMockServer server() {
        return server;
    }

    public void stop() {
        server.stop();
    }
}
