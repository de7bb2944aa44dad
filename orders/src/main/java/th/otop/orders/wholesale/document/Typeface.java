package th.otop.orders.wholesale.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font shaped by the JDK's text layout (HarfBuzz, with the font's own GSUB substitutions and GPOS mark
 * positions), because PDFBox sets glyphs one per character and Thai tone marks would then collide with upper vowels.
 * Shared by all documents: the JDK's layout is thread-safe and nothing here changes after loading.
 */
final class Typeface {
    /** Shaped at 1000 units per em, the unit of PDF glyph widths and TJ offsets; unhinted, so positions scale. */
    private static final float UNITS = 1000;

    private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);

    private final byte[] data;
    private final Font font;
    /** Each glyph's advance from the font's hmtx table, in thousandths of an em: what a PDF reader advances by. */
    private final int[] advances;

    private Typeface(byte[] data) throws IOException, FontFormatException {
        this.data = data;
        this.font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data))
                .deriveFont(UNITS);
        try (TrueTypeFont ttf = parse()) {
            advances = new int[ttf.getNumberOfGlyphs()];
            for (int gid = 0; gid < advances.length; gid++) {
                advances[gid] = Math.round(ttf.getAdvanceWidth(gid) * UNITS / ttf.getUnitsPerEm());
            }
        }
    }

    static Typeface load(String resource) {
        try (InputStream in = Typeface.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return new Typeface(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Not a TrueType font: " + resource, e);
        }
    }

    /**
     * Shaped text: glyph ids with their positions in thousandths of an em from the start of the text ({@code y} up), and
     * for each glyph the characters it stands for, so that copying the PDF's text gives back what was written.
     */
    record Shaped(int[] glyphs, float[] x, float[] y, String[] texts, float advance) {}

    Shaped shape(String text) {
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(UNHINTED, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int n = vector.getNumGlyphs();
        int[] glyphs = vector.getGlyphCodes(0, n, null);
        int[] clusters = vector.getGlyphCharIndices(0, n, null);
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            Point2D position = vector.getGlyphPosition(i);
            x[i] = (float) position.getX();
            y[i] = (float) -position.getY();
        }
        float advance = (float) vector.getGlyphPosition(n).getX();
        return new Shaped(glyphs, x, y, texts(text, glyphs, clusters), advance);
    }

    /** The width of the text in points at the given size, as shaped. */
    float width(String text, float size) {
        return shape(text).advance() * size / UNITS;
    }

    int advance(int glyph) {
        return glyph < advances.length ? advances[glyph] : 0;
    }

    /** A new parse of the font file, for one document's subset (fontbox's parsed fonts are not for sharing). */
    TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    /**
     * Splits the text over its glyphs, so that a reader extracting it gets the characters back in their order. Within a
     * cluster (the glyphs that share a first character) the characters go to its glyphs in order, or all to its widest
     * glyph if it has more glyphs than characters: sara am (ำ) is drawn as a nikhahit mark and sara aa, and reads as ำ
     * from the sara aa. A mark (a glyph that does not advance) then gives its text to the glyph before it, so the
     * syllable ที่ reads from the ท: readers place a mark's text by where it is drawn, and a mark that shaping moved past
     * the end of its consonant would otherwise be read as part of what follows.
     */
    private String[] texts(String text, int[] glyphs, int[] clusters) {
        int n = clusters.length;
        String[] texts = new String[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && clusters[j] == clusters[i]) {
                j++;
            }
            int start = clusters[i];
            int end = text.length();
            for (int k = j; k < n; k++) {
                if (clusters[k] > start) {
                    end = Math.min(end, clusters[k]);
                }
            }
            String cluster = text.substring(start, Math.max(start, end));
            if (j - i > cluster.codePointCount(0, cluster.length())) {
                int widest = i;
                for (int g = i; g < j; g++) {
                    texts[g] = "";
                    widest = advance(glyphs[g]) > advance(glyphs[widest]) ? g : widest;
                }
                texts[widest] = cluster;
            } else {
                int at = 0;
                for (int g = i; g < j; g++) {
                    int next = g == j - 1 ? cluster.length() : cluster.offsetByCodePoints(at, 1);
                    texts[g] = cluster.substring(at, next);
                    at = next;
                }
            }
            i = j;
        }
        int base = -1;
        for (int g = 0; g < n; g++) {
            if (advance(glyphs[g]) > 0) {
                base = g;
            } else if (base >= 0) {
                texts[base] += texts[g];
                texts[g] = "";
            }
        }
        return texts;
    }
}
