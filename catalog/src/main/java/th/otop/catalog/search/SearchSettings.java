package th.otop.catalog.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code otop.search.*}: where the index lives and how the indexer paces itself. */
@ConfigurationProperties("otop.search")
public class SearchSettings {
    private String indexPrefix = "otop_";
    private int batchSize = 1000;
    private Duration maxBackoff = Duration.ofSeconds(30);

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

    /** The alias every reader and writer uses; a reindex swaps the index behind it. */
    public String alias() {
        return indexPrefix + "products";
    }
}
