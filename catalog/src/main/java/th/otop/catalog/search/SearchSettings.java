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

    /** The alias every reader and writer uses; a reindex swaps the index behind it. */
    public String alias() {
        return indexPrefix + "products";
    }
}
