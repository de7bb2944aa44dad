package th.otop.orders.wholesale.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thai as a reader sees it: text set by {@link PdfSheet} is rendered to pixels with PDFBox's renderer and its ink is
 * checked where the marks land. Tone marks must sit above an upper vowel, as the font places them, and a whole word must
 * look like the same word shaped by the JDK's own text layout (Java2D).
 */
class ThaiMarkPlacementTest {
    private static final float SIZE = 40;
    private static final int DPI = 150;
    /** The sample line sits in the top band of the page, well clear of the footer. */
    private static final int BAND = 300;

    @Test
    void rendersWithoutADisplay() {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run as the servers do, with java.awt.headless");
    }

    /**
     * Three renders of one syllable: the consonant, then with its upper vowel, then with the tone mark. The vowel's ink is
     * what the second adds to the first, the tone's ink what the third adds to the second; the tone's lowest ink row must
     * be above the vowel's highest.
     */
    @ParameterizedTest(name = "{2}")
    @CsvSource({
        "ท, ที, ที่", // เลขที่
        "ท, ทั, ทั้", // ทั้งสิ้น
        "ส, สิ, สิ้", // ทั้งสิ้น
        "ส, สั, สั่", // ใบสั่งซื้อ
        "ซ, ซื, ซื้", // ใบสั่งซื้อ
        "ข, ขั, ขั้", // ขั้นต่ำ
        "ตา, ตำ, ต่ำ", // ขั้นต่ำ: the tone goes above sara am's nikhahit
        "ป, ปี, ปี่", // a tall consonant
    })
    void theToneMarkSitsAboveTheUpperVowel(String consonant, String withVowel, String withTone) throws IOException {
        boolean[][] base = ink(render(consonant));
        boolean[][] vowelled = ink(render(withVowel));
        boolean[][] toned = ink(render(withTone));
        Rectangle vowel = bounds(minus(vowelled, base));
        Rectangle tone = bounds(minus(toned, vowelled));
        assertFalse(vowel.isEmpty(), "the upper vowel leaves ink");
        assertFalse(tone.isEmpty(), "the tone mark leaves ink");
        assertTrue(
                tone.y + tone.height <= vowel.y,
                withTone + ": tone mark rows " + tone.y + ".." + (tone.y + tone.height - 1)
                        + " must be above the vowel's rows " + vowel.y + ".." + (vowel.y + vowel.height - 1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ที่", "ทั้งสิ้น", "ขั้นต่ำ", "ใบสั่งซื้อ", "เลขที่คำสั่งซื้อย่อย", "ผู้ผลิตน้ำพริก", "ปี่ฟ้า"})
    void aWordLooksAsTheJdkShapesIt(String word) throws IOException {
        boolean[][] pdf = crop(ink(render(word)));
        boolean[][] reference = crop(ink(java2d(word)));
        assertEquals(reference.length, pdf.length, 2, word + ": height of the ink");
        assertEquals(reference[0].length, pdf[0].length, 2, word + ": width of the ink");
        double differing = differing(pdf, reference);
        if (differing >= 0.02) {
            save(word, render(word), java2d(word));
        }
        assertTrue(differing < 0.02, word + ": " + Math.round(differing * 1000) / 10.0 + " % of the ink is misplaced");
    }

    /** Shaping reorders and splits glyphs (ต่ำ is ต, a nikhahit-and-tone glyph, sara aa); copying gives the text back. */
    @ParameterizedTest
    @ValueSource(strings = {"ต่ำ", "กำหนด", "น้ำพริก", "ทั้งสิ้น", "ใบแจ้งหนี้ (Invoice)", "ปี่ฟ้า ผู้ผลิต"})
    void theShapedTextReadsBackAsWritten(String text) throws IOException {
        byte[] pdf;
        try (PdfSheet sheet = new PdfSheet(text, "")) {
            sheet.paragraph(text, SIZE, false);
            pdf = sheet.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String lines = new PDFTextStripper().getText(document);
            assertEquals(text, lines.strip().split("\\R")[0].strip());
        }
    }

    private static BufferedImage render(String text) throws IOException {
        byte[] pdf;
        try (PdfSheet sheet = new PdfSheet(text, "")) {
            sheet.paragraph(text, SIZE, false);
            pdf = sheet.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
            return page.getSubimage(0, 0, page.getWidth(), BAND);
        }
    }

    /** The reference: the same font at the same pixel size, drawn by Java2D, which shapes with the font's GSUB and GPOS. */
    private static BufferedImage java2d(String text) throws IOException {
        BufferedImage image = new BufferedImage(1400, BAND, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setFont(sarabun().deriveFont(SIZE * DPI / 72f));
        g.drawString(text, 100, 150);
        g.dispose();
        return image;
    }

    private static Font sarabun() throws IOException {
        try (InputStream in =
                ThaiMarkPlacementTest.class.getClassLoader().getResourceAsStream("fonts/Sarabun-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException(e);
        }
    }

    private static boolean[][] ink(BufferedImage image) {
        boolean[][] ink = new boolean[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                ink[y][x] = (image.getRGB(x, y) & 0xff) < 128;
            }
        }
        return ink;
    }

    /** The ink of {@code a} farther than 2 pixels from any ink of {@code b}: what {@code a} adds, without edge noise. */
    private static boolean[][] minus(boolean[][] a, boolean[][] b) {
        boolean[][] rest = new boolean[a.length][a[0].length];
        for (int y = 0; y < a.length; y++) {
            for (int x = 0; x < a[0].length; x++) {
                rest[y][x] = a[y][x] && !near(b, x, y, 2);
            }
        }
        return rest;
    }

    private static boolean near(boolean[][] ink, int x, int y, int distance) {
        for (int dy = -distance; dy <= distance; dy++) {
            for (int dx = -distance; dx <= distance; dx++) {
                int yy = y + dy;
                int xx = x + dx;
                if (yy >= 0 && yy < ink.length && xx >= 0 && xx < ink[0].length && ink[yy][xx]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Rectangle bounds(boolean[][] ink) {
        Rectangle bounds = new Rectangle();
        for (int y = 0; y < ink.length; y++) {
            for (int x = 0; x < ink[0].length; x++) {
                if (ink[y][x]) {
                    bounds = bounds.isEmpty() ? new Rectangle(x, y, 1, 1) : bounds.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return bounds;
    }

    private static boolean[][] crop(boolean[][] ink) {
        Rectangle r = bounds(ink);
        assertFalse(r.isEmpty(), "the text leaves ink");
        boolean[][] cropped = new boolean[r.height][r.width];
        for (int y = 0; y < r.height; y++) {
            System.arraycopy(ink[r.y + y], r.x, cropped[y], 0, r.width);
        }
        return cropped;
    }

    /** The share of ink pixels, in either image, with no ink of the other within a pixel (both aligned at the top left). */
    private static double differing(boolean[][] a, boolean[][] b) {
        long misplaced = 0;
        long total = 0;
        for (boolean[][][] pair : new boolean[][][][] {{a, b}, {b, a}}) {
            boolean[][] from = pair[0];
            boolean[][] to = pair[1];
            for (int y = 0; y < from.length; y++) {
                for (int x = 0; x < from[0].length; x++) {
                    if (from[y][x]) {
                        total++;
                        if (!near(to, x, y, 1)) {
                            misplaced++;
                        }
                    }
                }
            }
        }
        return (double) misplaced / total;
    }

    /** On failure the two renders are kept in the build directory, to be looked at. */
    private static void save(String word, BufferedImage pdf, BufferedImage reference) throws IOException {
        Path folder = Path.of(System.getProperty("otop.build.directory", "target"), "thai-marks");
        Files.createDirectories(folder);
        String name = Integer.toHexString(word.hashCode());
        ImageIO.write(pdf, "png", folder.resolve(name + "-pdf.png").toFile());
        ImageIO.write(reference, "png", folder.resolve(name + "-java2d.png").toFile());
    }
}
