package th.otop.orders.wholesale.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A few A4 pages written top to bottom: headings, wrapped Thai text (broken between words, as the JDK's Thai
 * {@link BreakIterator} finds them) and table rows, a new page whenever the next block does not fit, and page numbers.
 * Text is shaped by {@link Typeface} so that Thai marks stack as the font places them, and set in the Sarabun font,
 * embedded as a subset ({@link EmbeddedFont}), so the PDF shows Thai on any reader and its text can be copied and
 * searched.
 */
final class PdfSheet implements AutoCloseable {
    static final float MARGIN = 42;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final Typeface REGULAR = Typeface.load("fonts/Sarabun-Regular.ttf");
    private static final Typeface BOLD = Typeface.load("fonts/Sarabun-Bold.ttf");

    /** How a table column is laid out: its width in points and whether its text is right-aligned (numbers). */
    record Column(float width, boolean right) {
        static Column left(float width) {
            return new Column(width, false);
        }

        static Column right(float width) {
            return new Column(width, true);
        }
    }

    /** One line of wrapped text and its font size: smaller than asked only for a single word wider than the space. */
    record Line(String text, float size) {}

    private final PDDocument document = new PDDocument();
    private final EmbeddedFont regular = new EmbeddedFont(REGULAR, "F1");
    private final EmbeddedFont bold = new EmbeddedFont(BOLD, "F2");
    private final PDResources resources = new PDResources();
    private final String footer;
    private final List<PDPage> pages = new ArrayList<>();
    /** Each page's content-stream operands and operators, written out when the document is saved. */
    private final List<List<Object>> contents = new ArrayList<>();

    private List<Object> content;
    private float y;

    PdfSheet(String title, String footer) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("OTOP marketplace");
        info.setCreationDate(Calendar.getInstance());
        COSDictionary fonts = new COSDictionary();
        regular.resources().forEach(fonts::setItem);
        bold.resources().forEach(fonts::setItem);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        this.footer = footer;
        newPage();
    }

    static Locale thai() {
        return THAI;
    }

    void heading(String text, float size) {
        ensure(size * 1.6f);
        write(MARGIN, y - size, new Line(text, size), true);
        y -= size * 1.6f;
    }

    /** A label and its value side by side, the value wrapped within the rest of the line. */
    void field(String label, String value) {
        float size = 11;
        float labelWidth = 110;
        List<Line> lines = wrap(value, REGULAR, size, WIDTH - labelWidth);
        ensure(lines.size() * size * 1.5f);
        write(MARGIN, y - size, fitted(label, BOLD, size, labelWidth - 4), true);
        for (Line line : lines) {
            write(MARGIN + labelWidth, y - size, line, false);
            y -= size * 1.5f;
        }
    }

    void paragraph(String text, float size, boolean strong) {
        List<Line> lines = wrap(text, strong ? BOLD : REGULAR, size, WIDTH);
        for (Line line : lines) {
            ensure(size * 1.5f);
            write(MARGIN, y - size, line, strong);
            y -= size * 1.5f;
        }
    }

    /** One table row; cells wrap within their column and the row is as tall as its tallest cell. */
    void row(List<Column> columns, List<String> cells, boolean strong) {
        float size = 10.5f;
        Typeface face = strong ? BOLD : REGULAR;
        List<List<Line>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<Line> lines = wrap(cells.get(i), face, size, columns.get(i).width() - 6);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        ensure(height * size * 1.45f + 4);
        float x = MARGIN;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            float lineY = y - size;
            for (Line line : wrapped.get(i)) {
                float tx = column.right() ? x + column.width() - 3 - face.width(line.text(), line.size()) : x + 3;
                write(tx, lineY, line, strong);
                lineY -= size * 1.45f;
            }
            x += column.width();
        }
        y -= height * size * 1.45f + 4;
    }

    void rule() {
        ensure(6);
        content.addAll(List.of(
                number(0.6f),
                Operator.getOperator("w"),
                number(MARGIN),
                number(y - 2),
                Operator.getOperator("m"),
                number(MARGIN + WIDTH),
                number(y - 2),
                Operator.getOperator("l"),
                Operator.getOperator("S")));
        y -= 6;
    }

    void space(float points) {
        y -= points;
    }

    byte[] toBytes() {
        try {
            for (int i = 0; i < pages.size(); i++) {
                content = contents.get(i);
                write(MARGIN, 24, new Line(footer + "  หน้า " + (i + 1) + "/" + pages.size(), 8.5f), false);
                COSStream stream = document.getDocument().createCOSStream();
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(content);
                }
                pages.get(i).setContents(new PDStream(stream));
            }
            regular.embed(document);
            bold.embed(document);
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
        PDPage page = new PDPage(PDRectangle.A4);
        page.setResources(resources);
        document.addPage(page);
        pages.add(page);
        content = new ArrayList<>();
        contents.add(content);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void write(float x, float baseline, Line line, boolean strong) {
        String text = printable(line.text());
        if (text.isBlank()) {
            return;
        }
        EmbeddedFont font = strong ? bold : regular;
        content.addAll(List.of(Operator.getOperator("BT"), number(x), number(baseline), Operator.getOperator("Td")));
        font.show(font.typeface().shape(text), line.size(), content);
        content.add(Operator.getOperator("ET"));
    }

    private static COSFloat number(float value) {
        return new COSFloat(Math.round(value * 100) / 100f);
    }

    /**
     * Breaks text into lines no wider than {@code max}, only where a line may break between words (Thai words as the
     * JDK's dictionary finds them). A word wider than {@code max} is never split: it gets a line of its own in a smaller
     * size that fits.
     */
    static List<Line> wrap(String text, Typeface face, float size, float max) {
        List<Line> lines = new ArrayList<>();
        String source = text == null ? "" : printable(text).strip();
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(source);
        StringBuilder line = new StringBuilder();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = source.substring(start, end);
            if (face.width((line + word).stripTrailing(), size) <= max) {
                line.append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(new Line(line.toString().stripTrailing(), size));
                line.setLength(0);
            }
            if (face.width(word.stripTrailing(), size) <= max) {
                line.append(word);
            } else {
                lines.add(fitted(word.stripTrailing(), face, size, max));
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(line.toString().stripTrailing(), size));
        }
        return lines;
    }

    /** The text on one line, in a smaller size if that is what it takes to fit {@code max}. */
    private static Line fitted(String text, Typeface face, float size, float max) {
        float width = face.width(text, size);
        return new Line(text, width <= max ? size : size * max / width);
    }

    /** Tabs and line breaks have no glyph: shown as spaces. */
    private static String printable(String text) {
        return text.replaceAll("[\\t\\r\\n\\u00a0]", " ");
    }
}
