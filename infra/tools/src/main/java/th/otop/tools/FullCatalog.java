package th.otop.tools;

import io.micronaut.context.ApplicationContext;
import th.otop.catalog.demo.DemoCatalog;
import th.otop.catalog.search.SearchReindex;

/** The full 83,538-product demo catalogue in the benchmark's database, indexed, with the times it took. */
record FullCatalog(DemoCatalog.Loaded loaded, double loadSeconds, long indexed, double reindexSeconds) {
    private static final long SEED = 2569;

    static FullCatalog prepare(ApplicationContext context) {
        long t0 = System.nanoTime();
        DemoCatalog.Loaded loaded = context.getBean(DemoCatalog.class).loadIfEmpty(DemoCatalog.FULL_SIZE, SEED);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "Loaded %,d products of %,d producers (%,d star-rated) in %.1f s%n",
                loaded.products(), loaded.producers(), loaded.starRated(), loadSeconds);
        ProgressBar bar = new ProgressBar(System.out, "Reindexing");
        long t1 = System.nanoTime();
        long indexed = context.getBean(SearchReindex.class).rebuild(bar::show);
        return new FullCatalog(loaded, loadSeconds, indexed, (System.nanoTime() - t1) / 1e9);
    }
}
