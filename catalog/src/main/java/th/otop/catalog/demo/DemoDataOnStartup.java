package th.otop.catalog.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.otop.catalog.search.SearchReindex;

/**
 * With {@code OTOP_DEMO_DATA=true}, an empty marketplace starts with the demo catalogue, indexed, and the demo
 * accounts.
 */
@Singleton
@Requires(property = "otop.demo-data", value = "true")
class DemoDataOnStartup {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataOnStartup.class);
    static final long SEED = 2569;

    private final DemoCatalog demo;
    private final SearchReindex reindex;
    private final DemoAccounts accounts;
    private final ApplicationEventPublisher<DemoAccounts.Ready> ready;

    DemoDataOnStartup(
            DemoCatalog demo,
            SearchReindex reindex,
            DemoAccounts accounts,
            ApplicationEventPublisher<DemoAccounts.Ready> ready) {
        this.ready = ready;
        this.demo = demo;
        this.reindex = reindex;
        this.accounts = accounts;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        DemoCatalog.Loaded loaded = demo.loadIfEmpty(DemoCatalog.DEMO_SIZE, SEED);
        if (loaded.products() > 0) {
            long indexed = reindex.rebuild((done, total) -> {});
            LOG.info(
                    "Demo catalogue loaded: {} producers, {} products ({} star-rated), {} indexed",
                    loaded.producers(),
                    loaded.products(),
                    loaded.starRated(),
                    indexed);
        }
        int created = accounts.createIfMissing();
        if (created > 0) {
            LOG.info("Demo accounts created: {}", created);
        }
        ready.publishEvent(new DemoAccounts.Ready());
    }
}
