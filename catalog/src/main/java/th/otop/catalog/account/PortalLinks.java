package th.otop.catalog.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Seller-portal addresses handed out of band (a logged reset link, the first admin's password link), on the portal's
 * public address {@code otop.portal.base-url} ({@code OTOP_SELLERPORTAL_URL}).
 */
@Singleton
public class PortalLinks {
    private final String baseUrl;

    PortalLinks(@Value("${otop.portal.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Where a reset token sets a password, once. */
    public String passwordReset(String token) {
        return baseUrl + "/reset/" + token;
    }
}
