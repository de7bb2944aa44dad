package th.otop.infra.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;
import org.junit.jupiter.api.Test;

/** Runs the factories through Lucene directly, as Elasticsearch does once it has built them. */
class ThaiAnalysisChainTest {

    @Test
    void segmentsThaiWords() throws IOException {
        assertEquals(
                List.of("ผลิตภัณฑ์", "ชุมชน", "ผ้า", "ไหม", "ทอ", "มือ", "จาก", "จังหวัด", "สุรินทร์"),
                tokens(thai("ผลิตภัณฑ์ชุมชนผ้าไหมทอมือจากจังหวัดสุรินทร์")));
    }

    @Test
    void splitsLatinAndDigitsToo() throws IOException {
        assertEquals(List.of("OTOP", "5", "ดาว"), tokens(thai("OTOP 5 ดาว")));
    }

    @Test
    void edgeNGramsEmitPrefixesAndKeepTheWord() throws IOException {
        var filter = new EdgeNGramTokenFilterFactory(2, 15, true);
        List<String> grams = tokens(filter.create(thai("น้ำพริกเผา")));
        assertTrue(grams.contains("น้ำพริก"), grams::toString);
        assertTrue(grams.contains("น้ำ"), grams::toString);
        // the JDK dictionary keeps "chilli paste" as one word, so its prefixes end with the whole word
        assertEquals("น้ำพริกเผา", grams.get(grams.size() - 1));
        assertTrue(grams.stream().noneMatch(g -> g.length() < 2), grams::toString);
    }

    @Test
    void preserveOriginalKeepsWordsLongerThanMaxGram() throws IOException {
        assertEquals(
                List.of("ผล", "ผลิ", "ผลิตภัณฑ์"),
                tokens(new EdgeNGramTokenFilterFactory(2, 3, true).create(thai("ผลิตภัณฑ์"))));
        assertEquals(
                List.of("ผล", "ผลิ"), tokens(new EdgeNGramTokenFilterFactory(2, 3, false).create(thai("ผลิตภัณฑ์"))));
    }

    @Test
    void settingsKeepTheirContractNamesAndDefaults() throws NoSuchMethodException {
        IntSetting min = EdgeNGramSettings.class.getMethod("minGram").getAnnotation(IntSetting.class);
        IntSetting max = EdgeNGramSettings.class.getMethod("maxGram").getAnnotation(IntSetting.class);
        BooleanSetting keep =
                EdgeNGramSettings.class.getMethod("preserveOriginal").getAnnotation(BooleanSetting.class);
        assertEquals(
                "min_gram=1 max_gram=20 preserve_original=true",
                min.path() + "=" + min.defaultValue() + " " + max.path() + "=" + max.defaultValue() + " " + keep.path()
                        + "=" + keep.defaultValue());
    }

    @Test
    void rejectsMinGramAboveMaxGram() {
        assertThrows(IllegalArgumentException.class, () -> new EdgeNGramTokenFilterFactory(5, 2, true));
    }

    private static Tokenizer thai(String text) {
        Tokenizer tokenizer = new ThaiTokenizerFactory().create();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
