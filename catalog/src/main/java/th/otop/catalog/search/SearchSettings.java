package th.otop.catalog.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code otop.search.*}: where the index lives and how the indexer paces itself. */
@ConfigurationProperties("otop.search")
public class SearchSettings {
    private String indexPrefix = "otop_";
    private int batchSize = 1000;
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration resultsCacheTtl = Duration.ZERO;
    private Duration claimLease = Duration.ofMinutes(2);
    private Duration bulkTimeout = Duration.ofSeconds(30);

    public String getIndexPrefix() {
        return indexPrefix;
    }

    public void setIndexPrefix(String indexPrefix) {
        this.indexPrefix = indexPrefix;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    /** How long a search's results are reused for the same search; zero searches Elasticsearch every time. */
    public Duration getResultsCacheTtl() {
        return resultsCacheTtl;
    }

    public void setResultsCacheTtl(Duration resultsCacheTtl) {
        this.resultsCacheTtl = resultsCacheTtl;
    }

    /**
     * How long the relay's claim on a batch of outbox rows lasts: longer than reading and indexing one batch takes, and
     * the longest a batch of a relay that died mid-way waits before another relay takes it.
     */
    public Duration getClaimLease() {
        return claimLease;
    }

    public void setClaimLease(Duration claimLease) {
        this.claimLease = claimLease;
    }

    /** How long Elasticsearch may wait for a shard before answering a bulk item with 503, which the relay tries again. */
    public Duration getBulkTimeout() {
        return bulkTimeout;
    }

    public void setBulkTimeout(Duration bulkTimeout) {
        this.bulkTimeout = bulkTimeout;
    }

    /** The alias every reader and writer uses; a reindex swaps the index behind it. */
    public String alias() {
        return indexPrefix + "products";
    }
}
