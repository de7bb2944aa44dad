package th.otop.sellerportal.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One browser: keeps its cookies, sends the CSRF token with every form, never follows redirects. */
public class PortalSession {
    public static final String CSRF_COOKIE = "csrfToken";

    private final HttpClient client;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public PortalSession(HttpClient client) {
        this.client = client;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> body = new LinkedHashMap<>(form);
        body.putIfAbsent("csrfToken", csrf());
        // as the pages' forms do: the token in the action URL (FormCsrfTokenResolver) and in the body
        String action = path + (path.contains("?") ? "&" : "?") + "csrfToken="
                + java.net.URLEncoder.encode(body.get("csrfToken"), java.nio.charset.StandardCharsets.UTF_8);
        return send(HttpRequest.POST(action, body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
    }

    public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> form) {
        return send(HttpRequest.POST(path, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE));
    }

    public HttpResponse<String> postJson(String path, Map<String, ?> json) {
        return send(HttpRequest.POST(path, json)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header("X-CSRF-TOKEN", csrf()));
    }

    public HttpResponse<String> upload(String path, String part, String filename, MediaType type, byte[] bytes) {
        return upload(path, part, filename, type, bytes, MediaType.APPLICATION_JSON_TYPE);
    }

    public HttpResponse<String> upload(
            String path, String part, String filename, MediaType type, byte[] bytes, MediaType accept) {
        return send(HttpRequest.POST(
                        path,
                        MultipartBody.builder()
                                .addPart(part, filename, type, bytes)
                                .build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .accept(accept)
                .header("X-CSRF-TOKEN", csrf()));
    }

    public String csrf() {
        if (!cookies.containsKey(CSRF_COOKIE)) {
            get("/signin");
        }
        return cookies.getOrDefault(CSRF_COOKIE, "");
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public HttpResponse<String> send(MutableHttpRequest<?> request) {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ")
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
            if (setCookie.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b([^>]*)>");
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]*)\"");

    /** Each script tag of a page as its source address, or "inline" for a script written into the page. */
    public static List<String> scripts(String page) {
        return SCRIPT_TAG
                .matcher(page)
                .results()
                .map(tag -> SRC.matcher(tag.group(1))
                        .results()
                        .findFirst()
                        .map(src -> src.group(1))
                        .orElse("inline"))
                .toList();
    }

    public static String body(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }

    /** Signs up a new producer and sets up the shop: returns the session, signed in. */
    public static PortalSession newProducer(HttpClient client, String login, String shopName) {
        PortalSession session = new PortalSession(client);
        session.get("/signup");
        HttpResponse<String> signedUp =
                session.post("/signup", Map.of("displayName", "สมศรี", "login", login, "password", "รหัสผ่านยาวพอ123"));
        if (signedUp.getStatus().getCode() != 303) {
            throw new AssertionError("sign-up failed: " + signedUp.getStatus() + " " + body(signedUp));
        }
        HttpResponse<String> shop = session.post(
                "/shop",
                Map.of(
                        "kind", "COMMUNITY_ENTERPRISE",
                        "nameTh", shopName,
                        "provinceId", "32",
                        "district", "เมืองสุรินทร์",
                        "subdistrict", "ในเมือง",
                        "promptPayId", "0812345678"));
        if (shop.getStatus().getCode() != 303) {
            throw new AssertionError("shop set-up failed: " + shop.getStatus() + " " + body(shop));
        }
        return session;
    }

    /** Creates a listing and answers its public id. */
    public String newListing(String title, String price, String stock) {
        HttpResponse<String> created = post(
                "/listings",
                Map.of(
                        "titleTh", title,
                        "category", "CLOTH",
                        "price", price,
                        "stock", stock,
                        "unitTh", "ผืน",
                        "unitEn", "piece",
                        "weightGrams", "300",
                        "processingDays", "2"));
        if (created.getStatus().getCode() != 303) {
            throw new AssertionError("listing failed: " + created.getStatus() + " " + body(created));
        }
        String location = created.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
