package th.otop.tools;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.sql.DataSource;
import th.otop.devstack.TestServices;

/**
 * Storefront pages under load on the full 83,538-product catalogue, against a bare Micronaut page: the storefront
 * and {@link th.otop.tools.bare.BarePageApp} each run in a JVM of their own with {@code -Xmx512m}, and 32 clients
 * request product pages (random products by their canonical address), search results (Thai and English queries,
 * some with facets) and the bare page in turn. Also weighs a product page's first visit and looks for third-party
 * scripts and stylesheets in the pages' {@code <head>}. Exits with 1 on any failed request, a product page over
 * 200 KB, or a third-party file in a {@code <head>}.
 */
public final class PageBenchmark {
    private static final int CLIENTS = 32;
    /** Products requested unless told otherwise: a popular part of the catalogue. */
    private static final int SAMPLED_PRODUCTS = 2_000;

    private static final long MAX_PAGE_BYTES = 200 * 1024;
    private static final double WARM_UP_SECONDS = 10;
    /** The page kinds take turns, so a change in the machine's load while measuring weighs on all alike. */
    private static final double TURN_SECONDS = 5;

    private static final String HEAP = "-Xmx512m";
    /** The storefront's outcome for a guest page rendered, then kept. */
    private static final String RENDERED = "rendered-and-kept";

    /** Search addresses as the search box and the filter links make them, mirroring the search benchmark's mix. */
    static final List<String> SEARCHES = List.of(
            "q=" + encode("ผ้าไหม"),
            "q=" + encode("น้ำพริก") + "&region=north",
            "q=" + encode("กาแฟ") + "&sort=price_asc",
            "q=" + encode("สบู่สมุนไพร") + "&stars=0",
            "q=" + encode("ตะกร้าสาน") + "&price=from_100_to_300",
            "q=" + encode("ข้าวหอมมะลิ") + "&sammachip=1",
            "q=silk",
            "q=coffee&cat=beverage",
            "q=herbal+soap",
            "q=basket&sort=price_desc",
            "q=chili+paste&page=2",
            "cat=cloth&stars=4&stars=5");

    private PageBenchmark() {}

    /** How often each address is asked for: all alike, or by Zipf's law (the n-th most popular, 1/n as often). */
    private interface Popularity {
        int pick(int addresses);

        Popularity EVEN = addresses -> ThreadLocalRandom.current().nextInt(addresses);

        static Popularity zipf(int addresses) {
            double[] cumulative = new double[addresses];
            double sum = 0;
            for (int rank = 0; rank < addresses; rank++) {
                sum += 1.0 / (rank + 1);
                cumulative[rank] = sum;
            }
            double total = sum;
            return ignored -> {
                int at = Arrays.binarySearch(
                        cumulative, ThreadLocalRandom.current().nextDouble(total));
                return Math.min(at < 0 ? -at - 1 : at, addresses - 1);
            };
        }
    }

    /** One kind of page under load: its addresses, how often each is asked for, and the bytes responses brought. */
    private record Kind(String label, List<URI> addresses, Popularity popularity, LongAdder bytes) {
        Kind(String label, List<URI> addresses, Popularity popularity) {
            this(label, addresses, popularity, new LongAdder());
        }

        Latencies.Call call(HttpClient http) {
            return i -> {
                URI uri = addresses.get(popularity.pick(addresses.size()));
                HttpResponse<byte[]> response = http.send(browserGet(uri), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " for " + uri);
                }
                bytes.add(response.body().length);
            };
        }
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        // a number of products asked for alike, or "zipf": every visible product, by popularity
        boolean zipf = args.length > 1 && args[1].equals("zipf");
        int sampled = zipf ? Integer.MAX_VALUE : args.length > 1 ? Integer.parseInt(args[1]) : SAMPLED_PRODUCTS;
        // product pages warmed up for longer: the storefront's kept pages as in a shop open a while
        double productWarmUp = args.length > 2 ? Double.parseDouble(args[2]) : WARM_UP_SECONDS;
        Path project = Path.of("").toAbsolutePath();
        Map<String, String> properties = TestServices.isolatedProperties(PageBenchmark.class);
        int exit;
        try {
            List<String> productIds;
            try (ApplicationContext context = ApplicationContext.builder()
                    .properties(new HashMap<>(properties))
                    .start()) {
                FullCatalog catalog = FullCatalog.prepare(context);
                System.out.printf("Indexed %,d products in %.1f s%n", catalog.indexed(), catalog.reindexSeconds());
                productIds = visibleProducts(context.getBean(DataSource.class), sampled);
            }
            try (ChildJvm storefront = startStorefront(project, properties);
                    ChildJvm bare = startBare(project)) {
                storefront.awaitReady("/health", Duration.ofMinutes(3));
                bare.awaitReady("/page", Duration.ofMinutes(3));
                exit = run(storefront, bare, productIds, zipf, seconds, productWarmUp);
            }
        } finally {
            TestServices.dropIndices(PageBenchmark.class);
            dropDatabase(properties);
        }
        System.exit(exit);
    }

    private static int run(
            ChildJvm storefront,
            ChildJvm bare,
            List<String> productIds,
            boolean zipf,
            double seconds,
            double productWarmUp)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        List<URI> products = canonicalAddresses(http, storefront, productIds);
        List<URI> searches =
                SEARCHES.stream().map(q -> storefront.uri("/search?" + q)).toList();
        List<Kind> kinds = List.of(
                new Kind("product page (ours)", products, zipf ? Popularity.zipf(products.size()) : Popularity.EVEN),
                new Kind("search results (ours)", searches, Popularity.EVEN),
                new Kind("bare Micronaut page", List.of(bare.uri("/page")), Popularity.EVEN));

        System.out.printf(
                "Warming up, product pages %.0f s, the other kinds %.0f s each%n", productWarmUp, WARM_UP_SECONDS);
        for (Kind kind : kinds) {
            Latencies.measure(CLIENTS, kind == kinds.get(0) ? productWarmUp : WARM_UP_SECONDS, kind.call(http));
            kind.bytes().reset();
        }
        Map<String, Double> keptBefore = guestPages(http, storefront);
        System.out.printf("Measuring the three in turns of %.0f s, %.0f s each%n", TURN_SECONDS, seconds);
        List<Latencies.Result> results = Latencies.measureInTurns(
                CLIENTS,
                seconds,
                TURN_SECONDS,
                kinds.stream().map(k -> k.call(http)).toList());

        Fetching fetching = new Fetching(http);
        PageWeight weight = PageWeight.of(products.get(0), fetching::get);
        Map<URI, List<URI>> thirdParty = new java.util.LinkedHashMap<>();
        for (URI page : List.of(products.get(0), searches.get(0), searches.get(1))) {
            thirdParty.put(page, PageLinks.thirdPartyInHead(fetching.get(page).text(), page));
        }

        System.out.println();
        System.out.printf(
                "Pages, %d concurrent clients, %.0f s each in turns of %.0f s after %.0f s warm-up (product pages"
                        + " %.0f s), full catalogue (%,d products requested %s), each app %s:%n",
                CLIENTS,
                seconds,
                TURN_SECONDS,
                WARM_UP_SECONDS,
                productWarmUp,
                products.size(),
                zipf ? "by Zipf popularity" : "alike",
                HEAP);
        System.out.println("| page                  | requests/s | p50 ms | p95 ms | p99 ms | errors | KB/page |");
        System.out.println("|-----------------------|-----------:|-------:|-------:|-------:|-------:|--------:|");
        long errors = 0;
        for (int k = 0; k < kinds.size(); k++) {
            Latencies.Result r = results.get(k);
            long ok = Math.max(1, r.calls() - r.errors());
            errors += r.errors();
            System.out.printf(
                    "| %-21s | %10.0f | %6.1f | %6.1f | %6.1f | %6d | %7.1f |%n",
                    kinds.get(k).label(),
                    r.perSecond(),
                    r.p50Ms(),
                    r.p95Ms(),
                    r.p99Ms(),
                    r.errors(),
                    kinds.get(k).bytes().sum() / (double) ok / 1024);
            if (r.errors() > 0) {
                System.out.println("First error: " + r.firstError());
            }
        }
        double bareRate = results.get(2).perSecond();
        System.out.printf(
                "Throughput ours/bare: product page %.2f, search results %.2f (goal >= 0.50)%n",
                results.get(0).perSecond() / bareRate, results.get(1).perSecond() / bareRate);

        Map<String, Double> keptAfter = guestPages(http, storefront);
        System.out.printf(
                "Guest pages while measuring: shown from memory %,.0f, rendered and kept %,.0f (%.1f %% of the product"
                        + " pages asked for; search pages are kept for seconds)%n",
                keptAfter.getOrDefault("shown-kept", 0.0) - keptBefore.getOrDefault("shown-kept", 0.0),
                keptAfter.getOrDefault(RENDERED, 0.0) - keptBefore.getOrDefault(RENDERED, 0.0),
                100
                        * (keptAfter.getOrDefault(RENDERED, 0.0) - keptBefore.getOrDefault(RENDERED, 0.0))
                        / Math.max(1, results.get(0).calls()));

        PageWeight.Fetched productHtml = fetching.get(products.get(0));
        PageWeight.Fetched bareHtml = fetching.get(bare.uri("/page"));
        System.out.printf(
                "HTML as sent / uncompressed: product page %.1f / %.1f KB, bare page %.1f / %.1f KB%n",
                productHtml.transferredBytes() / 1024.0,
                productHtml.text().getBytes(StandardCharsets.UTF_8).length / 1024.0,
                bareHtml.transferredBytes() / 1024.0,
                bareHtml.text().getBytes(StandardCharsets.UTF_8).length / 1024.0);
        System.out.println("Product page, first visit without photos (response bodies as sent, gzip; every font the"
                + " stylesheet names, though a browser fetches only those the page uses):");
        System.out.printf("  %-60s %7.1f KB%n", weight.page().getRawPath(), weight.htmlBytes() / 1024.0);
        weight.files()
                .forEach((uri, bytes) -> System.out.printf("  %-60s %7.1f KB%n", uri.getRawPath(), bytes / 1024.0));
        boolean heavy = weight.totalBytes() > MAX_PAGE_BYTES;
        System.out.printf(
                "  total %.1f KB (limit %d KB): %s%n",
                weight.totalBytes() / 1024.0, MAX_PAGE_BYTES / 1024, heavy ? "TOO HEAVY" : "ok");
        boolean foreign = false;
        for (Map.Entry<URI, List<URI>> page : thirdParty.entrySet()) {
            System.out.printf(
                    "Third-party scripts/stylesheets in <head> of %s: %s%n",
                    page.getKey().getRawPath()
                            + (page.getKey().getRawQuery() == null
                                    ? ""
                                    : "?" + page.getKey().getRawQuery()),
                    page.getValue().isEmpty() ? "none" : page.getValue());
            foreign |= !page.getValue().isEmpty();
        }
        return errors > 0 || heavy || foreign ? 1 : 0;
    }

    private static ChildJvm startStorefront(Path project, Map<String, String> properties) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("OTOP_DB_URL", properties.get("datasources.default.url"));
        env.put("OTOP_DB_USER", properties.get("datasources.default.username"));
        env.put("OTOP_DB_PASSWORD", properties.get("datasources.default.password"));
        env.put("OTOP_ES_URLS", properties.get("elasticsearch.httpHosts"));
        env.put("OTOP_ES_API_KEY", properties.get("otop.elasticsearch.api-key"));
        env.put("OTOP_ES_INDEX_PREFIX", properties.get("otop.search.index-prefix"));
        env.put("OTOP_DEMO_DATA", "false");
        // the storefront's caches as configured for this run, e.g. OTOP_PAGE_CACHE_PRODUCT_PAGES=0s for cold pages
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("OTOP_PAGE_CACHE_") || name.equals("OTOP_SEARCH_RESULTS_CACHE_TTL")) {
                env.put(name, value);
                System.out.println("Storefront setting " + name + "=" + value);
            }
        });
        int port = ChildJvm.freePort();
        env.put("OTOP_STOREFRONT_PORT", Integer.toString(port));
        return ChildJvm.start(
                "storefront",
                ChildJvm.moduleClasspath(project.resolve("storefront")),
                List.of(HEAP),
                "th.otop.storefront.Application",
                env,
                port);
    }

    /** The bare app gets this module's classpath without the marketplace's own modules: no data access at all. */
    private static ChildJvm startBare(Path project) throws Exception {
        List<String> classpath = ChildJvm.moduleClasspath(project.resolve("infra/tools")).stream()
                .filter(entry -> entry.endsWith("infra/tools/target/classes")
                        || !(Path.of(entry).toAbsolutePath().startsWith(project)
                                || entry.replace(File.separatorChar, '/').contains("/th/otop/")))
                .toList();
        int port = ChildJvm.freePort();
        return ChildJvm.start(
                "bare-page",
                classpath,
                List.of(HEAP, "-Dlogback.configurationFile=bare-logback.xml", "-Dmicronaut.server.port=" + port),
                th.otop.tools.bare.BarePageApp.class.getName(),
                Map.of(),
                port);
    }

    /** Public ids of published products whose producer is verified, the ones buyers can open, at random. */
    private static List<String> visibleProducts(DataSource dataSource, int sampled) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement sql = db.createStatement();
                ResultSet rs =
                        sql.executeQuery("SELECT p.public_id FROM product p JOIN producer r ON r.id = p.producer_id"
                                + " WHERE p.status = 'PUBLISHED' AND r.verification = 'VERIFIED' ORDER BY RAND() LIMIT "
                                + sampled)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Each product's canonical address, as the storefront's redirect from its short address gives it. */
    private static List<URI> canonicalAddresses(HttpClient http, ChildJvm storefront, List<String> ids)
            throws Exception {
        ExecutorService asking = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<HttpResponse<Void>>> redirects = new ArrayList<>();
            for (String id : ids) {
                redirects.add(asking.submit(() ->
                        http.send(browserGet(storefront.uri("/p/" + id)), HttpResponse.BodyHandlers.discarding())));
            }
            List<URI> found = new ArrayList<>();
            for (Future<HttpResponse<Void>> redirect : redirects) {
                redirect.get().headers().firstValue("Location").ifPresent(l -> found.add(storefront.uri(l)));
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("No product page found among " + ids.size() + " products");
            }
            return found;
        } finally {
            asking.shutdown();
        }
    }

    /** The storefront's count of guest pages shown from memory and rendered to keep, from its Prometheus page. */
    private static Map<String, Double> guestPages(HttpClient http, ChildJvm storefront) throws Exception {
        // the storefront's GuestPageCache.METRIC, as Prometheus names a counter
        String metric = "otop_guest_pages_total{";
        String text = http.send(
                        HttpRequest.newBuilder(storefront.uri("/prometheus")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, Double> counts = new java.util.TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith(metric)) {
                String outcome = line.replaceAll(".*outcome=\"([^\"]+)\".*", "$1");
                counts.put(outcome, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        return counts;
    }

    private static HttpRequest browserGet(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Accept", "text/html,*/*")
                .header("Accept-Encoding", "gzip, deflate")
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    /** Fetches as a browser would, keeping the size on the wire and the decompressed text. */
    private record Fetching(HttpClient http) {
        PageWeight.Fetched get(URI uri) throws Exception {
            HttpResponse<byte[]> response = http.send(browserGet(uri), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " for " + uri);
            }
            byte[] body = response.body();
            String encoding = response.headers().firstValue("Content-Encoding").orElse("");
            InputStream in = new ByteArrayInputStream(body);
            if (encoding.equalsIgnoreCase("gzip")) {
                in = new GZIPInputStream(in);
            } else if (encoding.equalsIgnoreCase("deflate")) {
                in = new InflaterInputStream(in);
            }
            try (InputStream text = in) {
                return new PageWeight.Fetched(body.length, new String(text.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static void dropDatabase(Map<String, String> properties) {
        String url = properties.get("datasources.default.url");
        String name = url.replaceAll("^jdbc:[a-z]+://[^/]+/([^?]+).*$", "$1");
        try (Connection db = DriverManager.getConnection(
                        url,
                        properties.get("datasources.default.username"),
                        properties.get("datasources.default.password"));
                Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE `" + name + "`");
        } catch (Exception e) {
            System.err.println("Could not drop the benchmark database " + name + ": " + e.getMessage());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
