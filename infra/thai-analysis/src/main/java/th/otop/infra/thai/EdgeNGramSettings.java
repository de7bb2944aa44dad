package th.otop.infra.thai;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;

/** Settings of {@code otop_edge_ngram}; Elasticsearch implements this interface from the filter's index settings. */
@AnalysisSettings
public interface EdgeNGramSettings {

    @IntSetting(path = "min_gram", defaultValue = 1)
    int minGram();

    @IntSetting(path = "max_gram", defaultValue = 20)
    int maxGram();

    /** Keeps a word longer than max_gram searchable as a whole. */
    @BooleanSetting(path = "preserve_original", defaultValue = true)
    boolean preserveOriginal();
}
