package th.otop.orders.wholesale.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Lines break between Thai words only, in table cells (headers too) and in paragraphs: the PDF's text is read back line by
 * line and every line must end where the JDK's Thai {@link BreakIterator} puts a word boundary.
 */
class ThaiLineBreakingTest {
    private static final String SENTENCE =
            "ราคาขายส่งตามขั้นราคาของผู้ผลิต ณ วันที่สั่งซื้อ สั่งขั้นต่ำและจำนวนต่อลังตามที่ผู้ผลิตกำหนด "
                    + "ผู้ผลิตแต่ละรายจัดส่งแยกกัน";

    @Test
    void thaiHasWordBoundariesInThisRuntime() {
        // Without the jdk.localedata module the JDK finds no boundary inside Thai text at all.
        assertEquals(List.of("ราคา", "ต่อ", "หน่วย"), words("ราคาต่อหน่วย"));
    }

    @Test
    void aHeaderCellTooNarrowForItsTextWrapsBetweenWords() throws IOException {
        assertEquals(List.of("ราคา", "ต่อ", "หน่วย"), cellLines("ราคาต่อหน่วย", 36, true));
        assertEquals(List.of("จำนวน", "เงิน", "(บาท)"), cellLines("จำนวนเงิน (บาท)", 40, true));
    }

    @Test
    void aCellTooNarrowForOneWordKeepsTheWordWhole() throws IOException {
        assertEquals(List.of("ลำดับ"), cellLines("ลำดับ", 16, true));
        assertEquals(List.of("ครบ", "กำหนด"), cellLines("ครบกำหนด", 20, false));
    }

    @Test
    void everyLineOfACellEndsAtAWordBoundary() throws IOException {
        List<Integer> boundaries = boundaries(SENTENCE);
        for (int width = 30; width <= 300; width += 15) {
            List<String> lines = cellLines(SENTENCE, width, false);
            assertEquals(SENTENCE.replace(" ", ""), String.join("", lines).replace(" ", ""), "width " + width);
            int end = 0;
            for (String line : lines.subList(0, lines.size() - 1)) {
                int start = SENTENCE.indexOf(line, end);
                assertTrue(start >= 0, "width " + width + ": the text reads back as written: " + lines);
                end = start + line.length();
                assertTrue(boundaries.contains(end), "width " + width + ": a line ends inside a word: " + lines);
            }
        }
    }

    @Test
    void theDocumentsTableHeadersKeepTheirWordsWhole() throws IOException {
        String purchaseOrder = text(
                WholesaleDocuments.purchaseOrderPdf(WholesaleDocumentsTest.netTerms(2), WholesaleDocumentsTest.BUYER));
        for (String header : List.of("ลำดับ", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน")) {
            assertTrue(purchaseOrder.contains(header), header + " in " + purchaseOrder);
        }
        String invoice =
                text(WholesaleDocuments.invoicePdf(WholesaleDocumentsTest.netTerms(2), WholesaleDocumentsTest.BUYER));
        for (String header : List.of("ลำดับ", "ผู้ขาย", "เลขที่คำสั่งซื้อย่อย", "จำนวนเงิน (บาท)")) {
            assertTrue(invoice.contains(header), header + " in " + invoice);
        }
    }

    /** The lines of one table cell of the given width, as a PDF reader extracts them. */
    private static List<String> cellLines(String text, float width, boolean strong) throws IOException {
        byte[] pdf;
        try (PdfSheet sheet = new PdfSheet("cell", "")) {
            sheet.row(List.of(PdfSheet.Column.left(width)), List.of(text), strong);
            pdf = sheet.toBytes();
        }
        List<String> lines = new ArrayList<>(Arrays.asList(text(pdf).strip().split("\\R")));
        lines.removeIf(line -> line.contains("หน้า 1/1"));
        return lines.stream().map(String::strip).toList();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> boundaries = boundaries(text);
        for (int i = 1; i < boundaries.size(); i++) {
            words.add(text.substring(boundaries.get(i - 1), boundaries.get(i)));
        }
        return words;
    }

    private static List<Integer> boundaries(String text) {
        BreakIterator iterator = BreakIterator.getWordInstance(PdfSheet.thai());
        iterator.setText(text);
        List<Integer> boundaries = new ArrayList<>();
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
            boundaries.add(b);
        }
        return boundaries;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }
}
