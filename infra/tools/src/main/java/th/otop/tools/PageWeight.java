package th.otop.tools;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a first visit to a page transfers from our own origin: the HTML, then the scripts, stylesheets and
 * preloaded fonts it links, then the files those stylesheets refer to (every {@code @font-face} source, so an
 * upper bound: a browser skips a face whose characters the page does not use). Images are not counted. Bytes
 * are response bodies as sent, compressed where the server compresses; headers are not counted.
 */
record PageWeight(URI page, long htmlBytes, Map<URI, Long> files) {
    /** One response: its body as sent over the wire, in bytes, and its text once decompressed. */
    record Fetched(long transferredBytes, String text) {}

    interface Fetcher {
        Fetched get(URI uri) throws Exception;
    }

    static PageWeight of(URI page, Fetcher fetcher) throws Exception {
        Fetched html = fetcher.get(page);
        Map<URI, Long> files = new LinkedHashMap<>();
        List<URI> pending = new ArrayList<>(PageLinks.ownFiles(html.text(), page));
        while (!pending.isEmpty()) {
            URI next = pending.remove(0);
            if (files.containsKey(next)) {
                continue;
            }
            Fetched file = fetcher.get(next);
            files.put(next, file.transferredBytes());
            if (next.getPath().endsWith(".css")) {
                pending.addAll(PageLinks.cssFiles(file.text(), next));
            }
        }
        return new PageWeight(page, html.transferredBytes(), java.util.Collections.unmodifiableMap(files));
    }

    long totalBytes() {
        return htmlBytes + files.values().stream().mapToLong(Long::longValue).sum();
    }
}
