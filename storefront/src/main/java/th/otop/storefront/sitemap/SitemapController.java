package th.otop.storefront.sitemap;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.unbescape.xml.XmlEscape;
import th.otop.storefront.product.ProductLinks;
import th.otop.storefront.site.SiteAddress;

/**
 * {@code robots.txt} and the sitemaps: {@code /sitemap.xml} is an index of one sitemap of shops and as many sitemaps
 * of products as it takes to stay under the protocol's 50,000 addresses per file.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class SitemapController {
    static final int PRODUCTS_PER_FILE = 40_000;
    private static final String XML_UTF8 = "application/xml; charset=utf-8";
    private static final String CACHE = "public, max-age=3600";

    private final SitemapEntries entries;
    private final SiteAddress site;

    SitemapController(SitemapEntries entries, SiteAddress site) {
        this.entries = entries;
        this.site = site;
    }

    @Get(value = "/robots.txt", produces = MediaType.TEXT_PLAIN)
    HttpResponse<String> robots(HttpRequest<?> request) {
        String body = "User-agent: *\n"
                + "Disallow: /cart\n"
                + "Disallow: /checkout\n"
                + "Disallow: /account\n"
                + "Disallow: /orders\n"
                + "Disallow: /language/\n"
                + "Disallow: /search/suggest\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + site.absolute(request, "/sitemap.xml") + "\n";
        return HttpResponse.ok(body).header("Cache-Control", CACHE);
    }

    @Get(value = "/sitemap.xml", produces = XML_UTF8)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> index(HttpRequest<?> request) {
        long files = Math.max(1, (entries.productCount() + PRODUCTS_PER_FILE - 1) / PRODUCTS_PER_FILE);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <sitemap><loc>")
                .append(site.absolute(request, "/sitemaps/shops.xml"))
                .append("</loc></sitemap>\n");
        for (int n = 1; n <= files; n++) {
            xml.append("  <sitemap><loc>")
                    .append(site.absolute(request, "/sitemaps/products-" + n + ".xml"))
                    .append("</loc></sitemap>\n");
        }
        return HttpResponse.ok(xml.append("</sitemapindex>\n").toString()).header("Cache-Control", CACHE);
    }

    @Get(value = "/sitemaps/shops.xml", produces = XML_UTF8)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> shops(HttpRequest<?> request) {
        return HttpResponse.ok(urlset(request, entries.shops(), true)).header("Cache-Control", CACHE);
    }

    @Get(value = "/sitemaps/products-{n}.xml", produces = XML_UTF8)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> products(int n, HttpRequest<?> request) {
        if (n < 1 || n > 10_000) {
            return HttpResponse.notFound();
        }
        List<SitemapEntries.Entry> page = entries.products((long) (n - 1) * PRODUCTS_PER_FILE, PRODUCTS_PER_FILE);
        if (page.isEmpty() && n > 1) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(urlset(request, page, false)).header("Cache-Control", CACHE);
    }

    private String urlset(HttpRequest<?> request, List<SitemapEntries.Entry> list, boolean shops) {
        String base = site.base(request);
        StringBuilder xml = new StringBuilder(200 + list.size() * 160);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (SitemapEntries.Entry e : list) {
            String name = e.titleEn() != null && !e.titleEn().isBlank() ? e.titleEn() : e.titleTh();
            String path = shops ? ProductLinks.shop(e.publicId(), name) : ProductLinks.product(e.publicId(), name);
            xml.append("  <url><loc>")
                    .append(XmlEscape.escapeXml10(base + path))
                    .append("</loc><lastmod>")
                    .append(DateTimeFormatter.ISO_LOCAL_DATE.format(
                            e.updatedAt().atZone(ZoneOffset.UTC)))
                    .append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
