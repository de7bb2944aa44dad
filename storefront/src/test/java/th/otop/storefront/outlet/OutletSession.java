package th.otop.storefront.outlet;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.cookie.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.account.Account;
import th.otop.webkit.security.SessionCookies;

/**
 * A signed-in browser for HTTP-level tests of the outlet pages: keeps its cookies, sends the CSRF token in the form's
 * action URL as the pages do (and in {@code X-CSRF-TOKEN} for JSON), never follows redirects, returns error responses.
 */
class OutletSession {
    static final String CSRF = "csrfToken";

    private final HttpClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    OutletSession(HttpClient client) {
        this.client = client;
    }

    /** Signs the account in the way the app does, with a real signed JWT cookie. */
    static OutletSession signedIn(HttpClient client, SessionCookies sessions, Account account) {
        OutletSession session = new OutletSession(client);
        MutableHttpResponse<?> response = sessions.signIn(account, HttpRequest.GET("/"), HttpResponse.ok());
        for (Cookie cookie : response.getCookies().getAll()) {
            session.cookies.put(cookie.getName(), cookie.getValue());
        }
        for (String header : response.getHeaders().getAll("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            session.cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return session;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
    }

    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.GET(path).accept(MediaType.APPLICATION_JSON_TYPE));
    }

    HttpResponse<byte[]> bytes(String path) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        request.header("Cookie", cookieHeader());
        try {
            return client.toBlocking().exchange(request, byte[].class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<byte[]> failed = (HttpResponse<byte[]>) e.getResponse();
            return failed;
        }
    }

    String page(String path) {
        HttpResponse<String> response = get(path);
        if (response.getStatus().getCode() != 200) {
            throw new AssertionError(path + " answered " + response.getStatus() + ": " + body(response));
        }
        return body(response);
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String action = path + (path.contains("?") ? "&" : "?") + "csrfToken="
                + URLEncoder.encode(csrf(), StandardCharsets.UTF_8);
        return send(HttpRequest.POST(action, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
    }

    /** A multipart form (text fields only, as when no photo is chosen), the CSRF token in the action URL. */
    HttpResponse<String> upload(String path, Map<String, String> fields) {
        MultipartBody.Builder body = MultipartBody.builder();
        fields.forEach(body::addPart);
        String action = path + (path.contains("?") ? "&" : "?") + "csrfToken="
                + URLEncoder.encode(csrf(), StandardCharsets.UTF_8);
        return send(HttpRequest.POST(action, body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
    }

    HttpResponse<String> postJson(String path, Object body) {
        return send(HttpRequest.POST(path, body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header("X-CSRF-TOKEN", csrf()));
    }

    /** Reads the pages in this language from now on, as the language switch's cookie does. */
    void language(String code) {
        cookies.put("lang", code);
    }

    String csrf() {
        if (!cookies.containsKey(CSRF)) {
            send(HttpRequest.GET("/language/th"));
        }
        if (!cookies.containsKey(CSRF)) {
            get("/outlet");
        }
        return cookies.getOrDefault(CSRF, "");
    }

    HttpResponse<String> send(MutableHttpRequest<?> request) {
        request.header("Accept-Language", "th-TH");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
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

    private String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ")
                .append(k)
                .append('=')
                .append(v));
        return header.toString();
    }

    static String body(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }
}
