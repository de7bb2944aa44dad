package th.otop.orders.wholesale.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.CRC32;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * One document's use of a {@link Typeface}: a Type 0 font whose character ids stand each for a glyph together with the
 * text it shows, so that one glyph can carry different text where shaping made it part of different characters (sara aa
 * alone is า, after a nikhahit it finishes ำ). The PDF gets a subset of the font holding only the glyphs shown, and a
 * ToUnicode map, so that its text can be copied and searched.
 */
final class EmbeddedFont {
    /** The tables a PDF reader needs from a TrueType font; shaping was done before, so no cmap, GSUB or GPOS. */
    private static final List<String> TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    private static final COSName CID_TO_GID_MAP = COSName.getPDFName("CIDToGIDMap");

    private record Glyph(int id, String text) {}

    private final Typeface typeface;
    private final COSName name;
    private final COSName silentName;
    /** Filled in by {@link #embed}; pages refer to them from the start. */
    private final COSDictionary dictionary = new COSDictionary();
    /**
     * The same glyphs without a ToUnicode map, for the glyphs that read as nothing (a mark whose text its consonant
     * carries): a reader skips a glyph with no Unicode entry only where the font has no ToUnicode map at all.
     */
    private final COSDictionary silent = new COSDictionary();

    private final Map<Glyph, Integer> cids = new LinkedHashMap<>();

    EmbeddedFont(Typeface typeface, String name) {
        this.typeface = typeface;
        this.name = COSName.getPDFName(name);
        this.silentName = COSName.getPDFName(name + "s");
    }

    Typeface typeface() {
        return typeface;
    }

    /** The font's resource names and dictionaries, for the pages' resources: the readable one and the silent one. */
    Map<COSName, COSDictionary> resources() {
        return Map.of(name, dictionary, silentName, silent);
    }

    /**
     * Appends the content-stream tokens that show shaped text at the given size, from the current text position: TJ
     * arrays whose numbers move each glyph to where shaping put it, a text rise for marks the font raises or lowers,
     * and the silent font for glyphs whose text another glyph carries.
     */
    void show(Typeface.Shaped shaped, float size, List<Object> tokens) {
        COSArray run = new COSArray();
        ByteArrayOutputStream codes = new ByteArrayOutputStream();
        COSName font = null;
        float pen = 0;
        float rise = 0;
        for (int i = 0; i < shaped.glyphs().length; i++) {
            String text = shaped.texts()[i];
            COSName glyphFont = text.isEmpty() ? silentName : name;
            float glyphRise = Math.round(shaped.y()[i] * size / 10) / 100f;
            if (glyphFont != font || glyphRise != rise) {
                run = flush(codes, run, tokens);
                if (glyphFont != font) {
                    tokens.addAll(List.of(
                            glyphFont, new COSFloat(Math.round(size * 100) / 100f), Operator.getOperator("Tf")));
                    font = glyphFont;
                }
                if (glyphRise != rise) {
                    tokens.addAll(List.of(new COSFloat(glyphRise), Operator.getOperator("Ts")));
                    rise = glyphRise;
                }
            }
            int shift = Math.round(pen - shaped.x()[i]);
            if (shift != 0) {
                if (codes.size() > 0) {
                    run.add(new COSString(codes.toByteArray()));
                    codes.reset();
                }
                run.add(COSInteger.get(shift));
            }
            int cid = cid(new Glyph(shaped.glyphs()[i], text));
            codes.write(cid >> 8);
            codes.write(cid);
            pen = pen - shift + typeface.advance(shaped.glyphs()[i]);
        }
        flush(codes, run, tokens);
        if (rise != 0) {
            tokens.addAll(List.of(COSInteger.ZERO, Operator.getOperator("Ts")));
        }
    }

    /** Ends a TJ array (if it shows anything) and returns a new one. */
    private static COSArray flush(ByteArrayOutputStream codes, COSArray run, List<Object> tokens) {
        if (codes.size() > 0) {
            run.add(new COSString(codes.toByteArray()));
            codes.reset();
        }
        if (run.size() == 0) {
            return run;
        }
        tokens.addAll(List.of(run, Operator.getOperator("TJ")));
        return new COSArray();
    }

    private int cid(Glyph glyph) {
        // character id 0 stays the missing glyph, as readers expect
        return cids.computeIfAbsent(glyph, g -> cids.size() + 1);
    }

    /** Writes the font into the document: the subset font file, widths, character-id-to-glyph map and ToUnicode map. */
    void embed(PDDocument document) throws IOException {
        try (TrueTypeFont ttf = typeface.parse()) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            TreeSet<Integer> glyphs = new TreeSet<>();
            cids.keySet().forEach(g -> glyphs.add(g.id()));
            subsetter.addGlyphIds(glyphs);
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            subsetter.writeToStream(subset);
            Map<Integer, Integer> newGlyphs = new HashMap<>();
            subsetter.getGIDMap().forEach((newId, oldId) -> newGlyphs.put(oldId, newId));

            String name = tag(glyphs) + "+" + ttf.getName();
            PDStream file =
                    new PDStream(document, new ByteArrayInputStream(subset.toByteArray()), COSName.FLATE_DECODE);
            file.getCOSObject().setInt(COSName.LENGTH1, subset.size());

            COSDictionary systemInfo = new COSDictionary();
            systemInfo.setString(COSName.REGISTRY, "Adobe");
            systemInfo.setString(COSName.ORDERING, "Identity");
            systemInfo.setInt(COSName.SUPPLEMENT, 0);

            COSArray widths = new COSArray();
            byte[] cidToGid = new byte[(cids.size() + 1) * 2];
            for (Map.Entry<Glyph, Integer> entry : cids.entrySet()) {
                int cid = entry.getValue();
                int gid = newGlyphs.getOrDefault(entry.getKey().id(), 0);
                cidToGid[cid * 2] = (byte) (gid >> 8);
                cidToGid[cid * 2 + 1] = (byte) gid;
                widths.add(COSInteger.get(typeface.advance(entry.getKey().id())));
            }
            COSArray w = new COSArray();
            w.add(COSInteger.ONE);
            w.add(widths);

            COSDictionary cidFont = new COSDictionary();
            cidFont.setItem(COSName.TYPE, COSName.FONT);
            cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
            cidFont.setName(COSName.BASE_FONT, name);
            cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
            cidFont.setItem(COSName.FONT_DESC, descriptor(ttf, name, file));
            cidFont.setItem(COSName.W, w);
            cidFont.setItem(CID_TO_GID_MAP, stream(document, cidToGid));

            for (COSDictionary type0 : List.of(dictionary, silent)) {
                COSArray descendants = new COSArray();
                descendants.add(cidFont);
                type0.setItem(COSName.TYPE, COSName.FONT);
                type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
                type0.setName(COSName.BASE_FONT, name);
                type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
                type0.setItem(COSName.DESCENDANT_FONTS, descendants);
            }
            dictionary.setItem(COSName.TO_UNICODE, stream(document, toUnicode().getBytes(StandardCharsets.US_ASCII)));
        }
    }

    private static COSBase descriptor(TrueTypeFont ttf, String name, PDStream file) throws IOException {
        HeaderTable head = ttf.getHeader();
        HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        float scale = 1000f / head.getUnitsPerEm();
        PDFontDescriptor descriptor = new PDFontDescriptor(new COSDictionary());
        descriptor.getCOSObject().setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setFontName(name);
        descriptor.setSymbolic(true);
        descriptor.setItalicAngle(ttf.getPostScript().getItalicAngle());
        descriptor.setFontBoundingBox(new PDRectangle(
                head.getXMin() * scale,
                head.getYMin() * scale,
                (head.getXMax() - head.getXMin()) * scale,
                (head.getYMax() - head.getYMin()) * scale));
        descriptor.setAscent(hhea.getAscender() * scale);
        descriptor.setDescent(hhea.getDescender() * scale);
        descriptor.setCapHeight(
                (os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() : hhea.getAscender()) * scale);
        // no stem width in TrueType; readers only use it for substitution, and PDFBox estimates it the same way
        descriptor.setStemV((head.getXMax() - head.getXMin()) * scale * 0.13f);
        descriptor.setFontFile2(file);
        return descriptor.getCOSObject();
    }

    /** Each character id to the text its glyph stands for. */
    private String toUnicode() {
        StringBuilder cmap = new StringBuilder();
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Glyph, Integer>> entries = cids.entrySet().stream()
                .filter(e -> !e.getKey().text().isEmpty())
                .toList();
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Glyph, Integer>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Glyph, Integer> entry : block) {
                cmap.append(String.format("<%04X> <", entry.getValue()));
                for (char c : entry.getKey().text().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString();
    }

    private static COSBase stream(PDDocument document, byte[] bytes) throws IOException {
        return new PDStream(document, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE).getCOSObject();
    }

    /** A subset's name starts with six capital letters that differ between subsets of one font. */
    private static String tag(TreeSet<Integer> glyphs) {
        CRC32 crc = new CRC32();
        glyphs.forEach(crc::update);
        long hash = crc.getValue();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.toString();
    }
}
