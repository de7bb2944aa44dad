package th.otop.orders.wholesale.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A few A4 pages written top to bottom: headings, wrapped Thai text (broken between words, as the JDK's Thai
 * {@link BreakIterator} finds them) and table rows, a new page whenever the next block does not fit, and page numbers.
 * The Sarabun font is embedded as a subset, so the PDF shows Thai on any reader and its text can be copied and searched.
 */
final class PdfSheet implements AutoCloseable {
    static final float MARGIN = 42;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final byte[] REGULAR = read("fonts/Sarabun-Regular.ttf");
    private static final byte[] BOLD = read("fonts/Sarabun-Bold.ttf");

    /** How a table column is laid out: its width in points and whether its text is right-aligned (numbers). */
    record Column(float width, boolean right) {
        static Column left(float width) {
            return new Column(width, false);
        }

        static Column right(float width) {
            return new Column(width, true);
        }
    }

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String footer;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    PdfSheet(String title, String footer) {
        try {
            regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
            bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("OTOP marketplace");
            info.setCreationDate(Calendar.getInstance());
            this.footer = footer;
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Locale thai() {
        return THAI;
    }

    void heading(String text, float size) {
        ensure(size * 1.6f);
        write(MARGIN, y - size, text, size, true);
        y -= size * 1.6f;
    }

    /** A label and its value side by side, the value wrapped within the rest of the line. */
    void field(String label, String value) {
        float size = 11;
        float labelWidth = 110;
        List<String> lines = wrap(value, regular, size, WIDTH - labelWidth);
        ensure(lines.size() * size * 1.5f);
        write(MARGIN, y - size, label, size, true);
        for (String line : lines) {
            write(MARGIN + labelWidth, y - size, line, size, false);
            y -= size * 1.5f;
        }
    }

    void paragraph(String text, float size, boolean strong) {
        List<String> lines = wrap(text, strong ? bold : regular, size, WIDTH);
        for (String line : lines) {
            ensure(size * 1.5f);
            write(MARGIN, y - size, line, size, strong);
            y -= size * 1.5f;
        }
    }

    /** One table row; cells wrap within their column and the row is as tall as its tallest cell. */
    void row(List<Column> columns, List<String> cells, boolean strong) {
        float size = 10.5f;
        PDType0Font font = strong ? bold : regular;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<String> lines = wrap(cells.get(i), font, size, columns.get(i).width() - 6);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        ensure(height * size * 1.45f + 4);
        float x = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            float lineY = y - size;
            for (String line : wrapped.get(i)) {
                float tx = column.right() ? x + column.width() - 3 - width(line, font, size) : x + 3;
                write(tx, lineY, line, size, strong);
                lineY -= size * 1.45f;
            }
            x += column.width();
        }
        y -= height * size * 1.45f + 4;
    }

    void rule() {
        ensure(6);
        try {
            content.setLineWidth(0.6f);
            content.moveTo(MARGIN, y - 2);
            content.lineTo(MARGIN + WIDTH, y - 2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 6;
    }

    void space(float points) {
        y -= points;
    }

    byte[] toBytes() {
        try {
            content.close();
            content = null;
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream numbers =
                        new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = footer + "  หน้า " + (i + 1) + "/" + pages.size();
                    numbers.beginText();
                    numbers.setFont(regular, 8.5f);
                    numbers.newLineAtOffset(MARGIN, 24);
                    numbers.showText(text);
                    numbers.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float height) {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(float x, float baseline, String text, float size, boolean strong) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try {
            content.beginText();
            content.setFont(strong ? bold : regular, size);
            content.newLineAtOffset(x, baseline);
            content.showText(printable(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks text into lines no wider than {@code max}, between words (Thai words too), a long word by characters. */
    static List<String> wrap(String text, PDType0Font font, float size, float max) {
        List<String> lines = new ArrayList<>();
        String source = text == null ? "" : printable(text).strip();
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(source);
        StringBuilder line = new StringBuilder();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = source.substring(start, end);
            if (width(line + word, font, size) <= max) {
                line.append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (!line.isEmpty() && width(line + ch, font, size) > max) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    /** Tabs and line breaks have no glyph: shown as spaces. */
    private static String printable(String text) {
        return text.replaceAll("[\\t\\r\\n\\u00a0]", " ");
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfSheet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
