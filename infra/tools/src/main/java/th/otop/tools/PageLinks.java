package th.otop.tools;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page links to, read from its HTML and stylesheets the way a browser would find it: the scripts
 * and stylesheets in its {@code <head>} (they block rendering), and the files of its own origin a first
 * visit fetches besides images.
 */
final class PageLinks {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HEAD =
            Pattern.compile("<head\\b[^>]*>(.*?)(</head\\s*>|<body\\b)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<(script|link)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\\s]*))\\s*\\)");
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    /** Link types a browser fetches on its own; icons, prefetch and alternates are left out. */
    private static final Set<String> FETCHED_RELS = Set.of("stylesheet", "preload", "modulepreload");

    private PageLinks() {}

    /** Scripts and stylesheets in the page's {@code <head>} served from another origin than the page's. */
    static List<URI> thirdPartyInHead(String html, URI page) {
        Matcher head = HEAD.matcher(COMMENT.matcher(html).replaceAll(""));
        if (!head.find()) {
            return List.of();
        }
        List<URI> found = new ArrayList<>();
        for (Linked link : linked(head.group(1), page)) {
            boolean blocking = link.tag().equals("script") || link.rels().contains("stylesheet");
            if (blocking && !sameOrigin(link.uri(), page)) {
                found.add(link.uri());
            }
        }
        return found;
    }

    /**
     * Scripts, stylesheets and preloaded files (fonts) of the page's own origin, anywhere in the page, each once;
     * images are not among them.
     */
    static List<URI> ownFiles(String html, URI page) {
        Set<URI> found = new LinkedHashSet<>();
        for (Linked link : linked(COMMENT.matcher(html).replaceAll(""), page)) {
            boolean fetched =
                    link.tag().equals("script") || link.rels().stream().anyMatch(FETCHED_RELS::contains);
            if (fetched && sameOrigin(link.uri(), page)) {
                found.add(link.uri());
            }
        }
        return List.copyOf(found);
    }

    /** Files a stylesheet refers to with {@code url(...)} (fonts, background images) on its own origin, each once. */
    static List<URI> cssFiles(String css, URI stylesheet) {
        Set<URI> found = new LinkedHashSet<>();
        Matcher m = CSS_URL.matcher(CSS_COMMENT.matcher(css).replaceAll(""));
        while (m.find()) {
            String value = first(m.group(1), m.group(2), m.group(3)).strip();
            if (value.isEmpty() || value.startsWith("data:") || value.startsWith("#")) {
                continue;
            }
            URI uri = resolve(stylesheet, value);
            if (uri != null && sameOrigin(uri, stylesheet)) {
                found.add(uri);
            }
        }
        return List.copyOf(found);
    }

    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
                && Objects.equals(lower(a.getHost()), lower(b.getHost()))
                && port(a) == port(b);
    }

    private record Linked(String tag, Set<String> rels, URI uri) {}

    private static List<Linked> linked(String html, URI page) {
        List<Linked> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = attributes(tag.group(2));
            String target = attributes.get(name.equals("script") ? "src" : "href");
            URI uri = target == null ? null : resolve(page, target);
            if (uri != null) {
                Set<String> rels = Set.of(attributes
                        .getOrDefault("rel", "")
                        .toLowerCase(Locale.ROOT)
                        .strip()
                        .split("\\s+"));
                found.add(new Linked(name, rels, uri));
            }
        }
        return found;
    }

    private static Map<String, String> attributes(String inside) {
        Map<String, String> attributes = new java.util.HashMap<>();
        Matcher m = ATTRIBUTE.matcher(inside);
        while (m.find()) {
            attributes.putIfAbsent(
                    m.group(1).toLowerCase(Locale.ROOT),
                    first(m.group(2), m.group(3), m.group(4)).replace("&amp;", "&"));
        }
        return attributes;
    }

    private static URI resolve(URI base, String reference) {
        try {
            return base.resolve(reference.strip());
        } catch (IllegalArgumentException e) {
            return null; // a malformed address is no file a browser would fetch
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return "";
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
