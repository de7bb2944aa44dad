package th.otop.storefront;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.otop.orders.Buyer;

/**
 * One browser for HTTP-level tests: keeps its cookies (cart, sign-in, CSRF), sends the CSRF token with every form as the
 * pages do, asks in Thai unless told otherwise, and never follows redirects. Error responses are returned, not thrown.
 */
public class ShopperSession {
    public static final String CSRF_COOKIE = "csrfToken";

    private final HttpClient client;
    private final String language;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public ShopperSession(HttpClient client) {
        this(client, "th-TH");
    }

    public ShopperSession(HttpClient client, String language) {
        this.client = client;
        this.language = language;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
    }

    /** The body of a page that must answer 200. */
    public String page(String path) {
        HttpResponse<String> response = get(path);
        if (response.getStatus().getCode() != 200) {
            throw new AssertionError(path + " answered " + response.getStatus() + ": " + body(response));
        }
        return body(response);
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> body = new LinkedHashMap<>(form);
        body.putIfAbsent("csrfToken", csrf());
        String action = path + (path.contains("?") ? "&" : "?") + "csrfToken="
                + URLEncoder.encode(body.get("csrfToken"), StandardCharsets.UTF_8);
        return send(HttpRequest.POST(action, body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
    }

    /** A multipart form as the pages send it (text fields and a JPEG unless it is null), the CSRF token in the action URL. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, String filePart, byte[] jpeg) {
        MultipartBody.Builder body = MultipartBody.builder();
        fields.forEach(body::addPart);
        if (jpeg != null) {
            body.addPart(filePart, "photo.jpg", MediaType.IMAGE_JPEG_TYPE, jpeg);
        }
        String action = path + (path.contains("?") ? "&" : "?") + "csrfToken="
                + URLEncoder.encode(csrf(), StandardCharsets.UTF_8);
        return send(HttpRequest.POST(action, body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
    }

    public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> form) {
        return send(HttpRequest.POST(path, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
    }

    public String csrf() {
        if (!cookies.containsKey(CSRF_COOKIE)) {
            get("/");
        }
        return cookies.getOrDefault(CSRF_COOKIE, "");
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** The guest buyer of this browser's cart: the token the signed cart cookie carries before its signature. */
    public Buyer guest() {
        String signed = cookie("cart").orElseThrow(() -> new AssertionError("no cart cookie"));
        return Buyer.guest(signed.substring(0, signed.indexOf('.')));
    }

    public HttpResponse<String> send(MutableHttpRequest<?> request) {
        request.header("Accept-Language", language);
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(k)
                    .append('=')
                    .append(v));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
        }
        for (String setCookie : response.getHeaders().getAll("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (setCookie.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    public static String body(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }
}
