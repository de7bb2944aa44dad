package th.otop.tools;

import io.micronaut.context.ApplicationContext;
import th.otop.catalog.search.SearchReindex;

/** Rebuilds the search index from the database without downtime, showing progress. */
public final class Reindex {
    private Reindex() {}

    public static void main(String[] args) {
        try (ApplicationContext context = ApplicationContext.run()) {
            long started = System.nanoTime();
            ProgressBar bar = new ProgressBar(System.out, "Reindexing");
            long indexed = context.getBean(SearchReindex.class).rebuild(bar::show);
            System.out.printf(
                    "Indexed %,d products in %.1f s; the alias now points at the new index.%n",
                    indexed, (System.nanoTime() - started) / 1e9);
        }
    }
}
