package th.otop.webkit.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to start with a missing or weak token-signing secret, and with the development secret anywhere
 * but against the local dev-stack database: a known secret would let anyone forge a sign-in.
 */
@Requires(property = "otop.security.enabled", value = "true")
@Context
class JwtSecretCheck {
    /** Every development default starts with this, so it is recognised wherever it appears. */
    static final String DEVELOPMENT_MARKER = "dev-only-";

    private static final Logger LOG = LoggerFactory.getLogger(JwtSecretCheck.class);
    private static final int MIN_LENGTH = 32;

    JwtSecretCheck(
            @Value("${otop.security.jwt-secret:}") String secret,
            @Value("${datasources.default.url:}") String databaseUrl) {
        problem(secret, databaseUrl).ifPresent(message -> {
            throw new ConfigurationException(message);
        });
        if (secret.startsWith(DEVELOPMENT_MARKER)) {
            LOG.warn("Signing sign-in tokens with the development secret: set OTOP_JWT_SECRET outside local runs");
        }
    }

    static java.util.Optional<String> problem(String secret, String databaseUrl) {
        if (secret == null || secret.isBlank()) {
            return java.util.Optional.of(
                    "Set OTOP_JWT_SECRET (otop.security.jwt-secret), at least 32 random characters");
        }
        if (secret.length() < MIN_LENGTH) {
            return java.util.Optional.of("OTOP_JWT_SECRET is too short: use at least 32 random characters");
        }
        if (secret.startsWith(DEVELOPMENT_MARKER) && !isLocal(databaseUrl)) {
            return java.util.Optional.of(
                    "The development OTOP_JWT_SECRET is only allowed with a local database: set OTOP_JWT_SECRET");
        }
        return java.util.Optional.empty();
    }

    private static boolean isLocal(String databaseUrl) {
        try {
            String host = URI.create(databaseUrl.replaceFirst("^jdbc:", "")).getHost();
            return host != null
                    && (host.equals("127.0.0.1")
                            || host.toLowerCase(Locale.ROOT).equals("localhost")
                            || host.equals("::1"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
