package th.otop.webkit.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.resolver.CsrfTokenResolver;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Finds the CSRF token of a form POST in the form's action URL ({@code ?csrfToken=...}), which every
 * form of ours carries next to the hidden field.
 *
 * <p>Why not only the hidden field: Micronaut Security 4.15's field resolver parses the body inside the
 * CSRF filter, which fails with "newFilterContext is null" (HTTP 500) on some form posts
 * (micronaut-security#1984), so {@code otop-security.yml} switches it off. JavaScript requests send the
 * {@code X-CSRF-TOKEN} header instead. Either way the token must equal the browser's CSRF cookie and
 * carry a valid signature; the query string only changes where it travels. Remove this class and turn
 * the field resolver back on once the upstream fix is released.
 */
@Singleton
@Requires(property = "otop.security.enabled", value = "true")
class FormCsrfTokenResolver implements CsrfTokenResolver<HttpRequest<?>> {
    private final CsrfConfiguration configuration;

    FormCsrfTokenResolver(CsrfConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public Optional<String> resolveToken(HttpRequest<?> request) {
        boolean form = request.getContentType()
                .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)
                        || type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .orElse(false);
        return form
                ? request.getParameters().getFirst(configuration.getFieldName()).filter(token -> !token.isBlank())
                : Optional.empty();
    }

    @Override
    public int getOrder() {
        return 100;
    }
}
