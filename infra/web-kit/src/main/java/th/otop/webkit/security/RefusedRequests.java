package th.otop.webkit.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.AvailableByteBody;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.filter.CsrfFilterConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.Router;
import io.netty.handler.codec.http.QueryStringDecoder;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import th.otop.webkit.error.ErrorPage;

/**
 * What a person sees when a request is refused, instead of a bare 403 or a silent trip to the sign-in page. A form
 * posted with an expired or missing CSRF token (the cookie lasts an hour) gets the page error/resubmit: the same
 * values, posted to the same address with a fresh token by one press of "save again" (passwords are never echoed
 * back; a file must be chosen again). A signed-in account without the role a page needs gets the 403 page naming the
 * roles it is for. A method the address does not take gets the 405 page (security refuses a request with no route
 * before the router can say so). Anything else keeps Micronaut's answer (a visitor who is not signed in goes to sign
 * in).
 */
@Singleton
@Requires(property = "otop.security.enabled", value = "true")
@Replaces(DefaultAuthorizationExceptionHandler.class)
class RefusedRequests extends DefaultAuthorizationExceptionHandler {
    static final String RESUBMIT_VIEW = "error/resubmit";
    private static final Set<HttpMethod> CHECKED =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final ErrorPage page;
    private final CsrfConfiguration csrf;
    private final CsrfFilterConfiguration csrfFilter;
    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final CsrfTokenGenerator<HttpRequest<?>> generator;
    private final Router router;

    RefusedRequests(
            ErrorResponseProcessor<?> errorResponseProcessor,
            RedirectConfiguration redirectConfiguration,
            RedirectService redirectService,
            List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challengeProviders,
            @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
            ErrorPage page,
            CsrfConfiguration csrf,
            CsrfFilterConfiguration csrfFilter,
            CsrfTokenValidator<HttpRequest<?>> validator,
            CsrfTokenGenerator<HttpRequest<?>> generator,
            Router router) {
        super(
                errorResponseProcessor,
                redirectConfiguration,
                redirectService,
                challengeProviders,
                priorToLoginPersistence);
        this.page = page;
        this.csrf = csrf;
        this.csrfFilter = csrfFilter;
        this.validator = validator;
        this.generator = generator;
        this.router = router;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        HttpRequest<?> req = request;
        // a script of a visitor who is not signed in is told to sign in (401), whatever its token
        if (failedCsrf(req) && (exception.getAuthentication() != null || isForm(req))) {
            return resubmit(req);
        }
        if (RouteAttributes.getRouteMatch(req).isEmpty() && !router.findAny(req).isEmpty()) {
            // no route for this method, only for others: security refused it first, but the answer is 405
            return page.respond(req, HttpStatus.METHOD_NOT_ALLOWED);
        }
        if (exception.isForbidden()) {
            return page.respond(req, HttpStatus.FORBIDDEN, Map.of("needed", neededRoles(req)));
        }
        return super.handle(request, exception);
    }

    private boolean failedCsrf(HttpRequest<?> request) {
        if (!CHECKED.contains(request.getMethod())) {
            return false;
        }
        boolean checkedType = request.getContentType()
                .map(type -> csrfFilter.getContentTypes().stream().anyMatch(type::matches))
                .orElse(false);
        if (!checkedType) {
            return false;
        }
        String token = request.getHeaders()
                .findFirst(csrf.getHeaderName())
                .or(() -> request.getParameters().getFirst(csrf.getFieldName()))
                .orElse("");
        return token.isBlank() || !validator.validateCsrfToken(request, token);
    }

    /** The form's values again, behind one button, with a fresh token in a new cookie and in the form. */
    private MutableHttpResponse<?> resubmit(HttpRequest<?> request) {
        String token = generator.generateCsrfToken(request);
        request.setAttribute(CsrfCookieIssuer.ATTRIBUTE, token);
        if (ErrorPage.wantsJson(request) || !isForm(request)) {
            return page.respond(request, HttpStatus.FORBIDDEN, Map.of("detail", page.text(request, "error.csrf.json")));
        }
        List<Map.Entry<String, String>> fields = postedFields(request);
        QueryStringDecoder query = new QueryStringDecoder(request.getUri().toString());
        StringBuilder action = new StringBuilder(query.path())
                .append('?')
                .append(csrf.getFieldName())
                .append('=')
                .append(token);
        query.parameters().forEach((name, values) -> {
            if (!name.equals(csrf.getFieldName())) {
                values.forEach(
                        v -> action.append('&').append(encode(name)).append('=').append(encode(v)));
            }
        });
        Map<String, Object> model = new HashMap<>();
        model.put("action", action.toString());
        model.put("fields", fields);
        model.put("token", token);
        model.put("files", isMultipart(request));
        model.put("back", sameSiteReferer(request));
        return page.respond(request, HttpStatus.FORBIDDEN, RESUBMIT_VIEW, model);
    }

    private static boolean isForm(HttpRequest<?> request) {
        return request.getContentType()
                .map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || t.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
    }

    private static boolean isMultipart(HttpRequest<?> request) {
        return request.getContentType()
                .map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
    }

    /**
     * The posted text fields when the whole body has arrived (a form of typed text always has), without the old
     * token and without passwords. A multipart body is not parsed here: its files must be chosen again anyway.
     */
    private List<Map.Entry<String, String>> postedFields(HttpRequest<?> request) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        boolean urlEncoded = request.getContentType()
                .map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .orElse(false);
        if (!urlEncoded
                || !(request instanceof ServerHttpRequest)
                || !(((ServerHttpRequest<?>) request).byteBody() instanceof AvailableByteBody)) {
            return fields;
        }
        String form =
                ((AvailableByteBody) ((ServerHttpRequest<?>) request).byteBody()).toString(StandardCharsets.UTF_8);
        new QueryStringDecoder(form, StandardCharsets.UTF_8, false).parameters().forEach((name, values) -> {
            if (!name.equals(csrf.getFieldName())
                    && !name.toLowerCase(Locale.ROOT).contains("password")) {
                values.forEach(value -> fields.add(Map.entry(name, value)));
            }
        });
        return fields;
    }

    /** The page the form was on, when it is one of ours: "go back" without the values. */
    @Nullable
    private static String sameSiteReferer(HttpRequest<?> request) {
        String referer = request.getHeaders().get("Referer");
        String host = request.getHeaders().get("Host");
        if (referer == null || host == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (!host.equals(uri.getRawAuthority()) || uri.getRawPath() == null) {
                return null;
            }
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The roles named by the refused page's Secured annotation, for the page to say whom it is for. */
    private static List<String> neededRoles(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .map(match -> match.getRouteInfo().getAnnotationMetadata().stringValues(Secured.class))
                .map(roles ->
                        Arrays.stream(roles).filter(r -> r.matches("[A-Z_]+")).toList())
                .orElse(List.of());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
