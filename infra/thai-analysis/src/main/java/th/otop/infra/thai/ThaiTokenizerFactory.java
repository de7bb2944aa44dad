package th.otop.infra.thai;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/** Tokenizer {@code otop_thai}: Thai words by the JDK's dictionary BreakIterator, other scripts at word boundaries. */
@NamedComponent(ThaiTokenizerFactory.NAME)
public class ThaiTokenizerFactory implements TokenizerFactory {

    public static final String NAME = "otop_thai";

    @Override
    public Tokenizer create() {
        return new ThaiTokenizer();
    }
}
