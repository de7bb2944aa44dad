package th.otop.infra.thai;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code otop_edge_ngram}: word prefixes, for search-as-you-type on product names. */
@NamedComponent(EdgeNGramTokenFilterFactory.NAME)
public class EdgeNGramTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "otop_edge_ngram";

    private final int minGram;
    private final int maxGram;
    private final boolean preserveOriginal;

    @Inject
    public EdgeNGramTokenFilterFactory(EdgeNGramSettings settings) {
        this(settings.minGram(), settings.maxGram(), settings.preserveOriginal());
    }

    // package-private: Elasticsearch refuses a plugin class with more than one public constructor
    EdgeNGramTokenFilterFactory(int minGram, int maxGram, boolean preserveOriginal) {
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException(
                    NAME + ": need 1 <= min_gram <= max_gram, got min_gram=" + minGram + ", max_gram=" + maxGram);
        }
        this.minGram = minGram;
        this.maxGram = maxGram;
        this.preserveOriginal = preserveOriginal;
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new EdgeNGramTokenFilter(input, minGram, maxGram, preserveOriginal);
    }
}
