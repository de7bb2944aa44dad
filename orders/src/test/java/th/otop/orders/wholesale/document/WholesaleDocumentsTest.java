package th.otop.orders.wholesale.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.product.Category;
import th.otop.catalog.product.ProductId;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.orders.wholesale.PurchaseOrder;
import th.otop.orders.wholesale.PurchaseOrderStatus;
import th.otop.orders.wholesale.SupplierOrder;
import th.otop.orders.wholesale.SupplierOrderLine;
import th.otop.orders.wholesale.SupplierOrderStatus;

/** The PDFs are read back with PDFBox's text extraction: what a reader copies out of them is what we wrote. */
class WholesaleDocumentsTest {
    // 24 November 2026 in Bangkok is 24 พฤศจิกายน 2569
    static final Instant PLACED = Instant.parse("2026-11-24T03:00:00Z");

    static final WholesaleDocuments.Buyer BUYER = new WholesaleDocuments.Buyer(
            new Outlet(
                    1,
                    "OUT123",
                    "ร้านประชารัฐสุขใจ สุรินทร์",
                    "Sukjai Shop Surin",
                    32,
                    "1 ถนนหลักเมือง อ.เมือง",
                    "บริษัทประชารัฐรักสามัคคีสุรินทร์",
                    7L,
                    OutletStatus.VERIFIED,
                    null),
            "สุรินทร์",
            "ศูนย์จัดการกองทุนชุมชนตำบลสลักได");

    @Test
    void thePurchaseOrderIsInThaiWithBuddhistEraDatesSuppliersAndTerms() throws IOException {
        String text = text(WholesaleDocuments.purchaseOrderPdf(netTerms(3), BUYER));
        assertTrue(text.contains("ใบสั่งซื้อ"), text);
        assertTrue(text.contains("PO7K2M9Q"), text);
        assertTrue(text.contains("24 พฤศจิกายน พ.ศ. 2569"), text);
        assertTrue(text.contains("ร้านประชารัฐสุขใจ สุรินทร์"), text);
        assertTrue(text.contains("จังหวัดสุรินทร์"), text);
        assertTrue(text.contains("ผู้ขาย 1/3: วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง"), text);
        assertTrue(text.contains("ผู้ขาย 3/3: กลุ่มจักสานบ้านโคกเมือง"), text);
        assertTrue(text.contains("ผ้าไหมมัดหมี่"), text);
        assertTrue(text.contains("320.00"), text);
        assertTrue(text.contains("3,840.00"), text);
        assertTrue(text.contains("เครดิต 30 วัน ครบกำหนดชำระ 24 ธันวาคม พ.ศ. 2569"), text);
        assertTrue(text.contains("7,145.30 บาท"), text);
        assertTrue(text.contains("เจ็ดพันหนึ่งร้อยสี่สิบห้าบาทสามสิบสตางค์"), text);
        assertTrue(text.contains("38.40 บาท สมทบกองทุนชุมชน"), text);
        assertFalse(text.contains("2026"), "only Buddhist-era years: " + text);
    }

    @Test
    void theInvoiceShowsDueDateOutstandingAndAmountInWords() throws IOException {
        byte[] pdf = WholesaleDocuments.invoicePdf(netTerms(3), BUYER);
        String text = text(pdf);
        assertTrue(text.contains("ใบแจ้งหนี้"), text);
        assertTrue(text.contains("INV-2569-000017"), "the invoice's own number: " + text);
        assertFalse(text.contains("K7Q2M9X4P1AB"), "not its opaque key");
        assertTrue(text.contains("ครบกำหนดชำระ 24 ธันวาคม พ.ศ. 2569"), text);
        assertTrue(text.contains("ยอดค้างชำระ 5,145.30 บาท"), text);
        assertTrue(text.contains("ห้าพันหนึ่งร้อยสี่สิบห้าบาทสามสิบสตางค์"), text);
        assertTrue(text.contains("ศูนย์จัดการกองทุนชุมชนตำบลสลักได"), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0)
                    .getResources()
                    .getFont(document.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertTrue(font.getName().contains("Sarabun"), font.getName());
            assertTrue(font.isEmbedded(), "the font travels with the PDF");
        }
    }

    @Test
    void theFontsAreSubsetsSoThePdfStaysSmall() throws IOException {
        byte[] pdf = WholesaleDocuments.purchaseOrderPdf(netTerms(3), BUYER);
        assertTrue(pdf.length < 40_000, "bytes: " + pdf.length);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFontDescriptor descriptor = resources.getFont(name).getFontDescriptor();
                assertTrue(descriptor.getFontName().matches("[A-Z]{6}\\+Sarabun-.*"), descriptor.getFontName());
                // Sarabun's files are about 83 KB with their 800-odd glyphs
                int length = descriptor.getFontFile2().getCOSObject().getInt(COSName.LENGTH1);
                assertTrue(length < 25_000, name + ": " + length + " bytes of font");
            }
        }
    }

    @Test
    void aPrepaidOrderHasNoDueDateAndSaysWhetherItIsPaid() throws IOException {
        PurchaseOrder prepaid = new PurchaseOrder(
                9,
                "PP1",
                1,
                2,
                PaymentTerms.PREPAID,
                PurchaseOrderStatus.AWAITING_PAYMENT,
                384_000,
                null,
                null,
                PLACED,
                List.of(supplier(1, "ผู้ผลิต", 384_000)),
                null);
        String text = text(WholesaleDocuments.invoicePdf(prepaid, BUYER));
        assertTrue(text.contains("ยังไม่ได้ชำระ"), text);
        assertFalse(text.contains("ครบกำหนดชำระ"), text);
        assertTrue(text.contains("สามพันแปดร้อยสี่สิบบาทถ้วน"), text);
    }

    @Test
    void aLongOrderRunsOverSeveralNumberedPages() throws IOException {
        byte[] pdf = WholesaleDocuments.purchaseOrderPdf(netTerms(30), BUYER);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() > 1, "pages: " + document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("หน้า 1/" + document.getNumberOfPages()), text);
            assertTrue(text.contains("ผู้ขาย 30/30"), text);
        }
    }

    @Test
    void bahtInThaiWords() {
        assertEquals("ศูนย์บาทถ้วน", BahtText.of(0));
        assertEquals("หนึ่งบาทถ้วน", BahtText.of(100));
        assertEquals("สิบเอ็ดบาทถ้วน", BahtText.of(1_100));
        assertEquals("ยี่สิบเอ็ดบาทห้าสิบสตางค์", BahtText.of(2_150));
        assertEquals("หนึ่งร้อยเอ็ดบาทถ้วน", BahtText.of(10_100));
        assertEquals("หนึ่งล้านสองแสนบาทถ้วน", BahtText.of(120_000_000));
        assertEquals("สิบล้านบาทถ้วน", BahtText.of(1_000_000_000));
        assertEquals("ห้าสิบสตางค์", BahtText.of(50).replace("ถ้วน", ""));
    }

    @Test
    void datesInTheBuddhistEra() {
        assertEquals("1 มกราคม พ.ศ. 2570", ThaiDates.format(LocalDate.of(2027, 1, 1)));
        assertEquals("29 กุมภาพันธ์ พ.ศ. 2567", ThaiDates.format(LocalDate.of(2024, 2, 29)));
    }

    static PurchaseOrder netTerms(int suppliers) {
        List<SupplierOrder> orders = new ArrayList<>();
        orders.add(supplier(1, "วิสาหกิจชุมชนทอผ้าไหมบ้านท่าสว่าง", 384_000));
        orders.add(supplier(2, "กลุ่มแม่บ้านน้ำพริกสันทราย", 157_200));
        for (int i = 3; i <= suppliers; i++) {
            orders.add(supplier(i, i == suppliers ? "กลุ่มจักสานบ้านโคกเมือง" : "ผู้ผลิตลำดับ " + i, 173_330));
        }
        long total = orders.stream().mapToLong(SupplierOrder::itemsSatang).sum();
        Invoice invoice = new Invoice(
                4,
                "K7Q2M9X4P1AB",
                "INV-2569-000017",
                7,
                1,
                7,
                total,
                200_000,
                LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 12, 24));
        return new PurchaseOrder(
                7,
                "PO7K2M9Q",
                1,
                2,
                PaymentTerms.NET_TERMS,
                PurchaseOrderStatus.CONFIRMED,
                total,
                null,
                null,
                PLACED,
                orders,
                suppliers == 3 ? invoice : invoice);
    }

    static SupplierOrder supplier(int n, String name, long items) {
        SupplierOrderLine line = new SupplierOrderLine(
                n,
                new ProductId(n),
                n == 1 ? "ผ้าไหมมัดหมี่ทอมือ" : "สินค้า " + n,
                null,
                Category.CLOTH,
                "ผืน",
                n == 1 ? 32_000 : items / 12,
                12,
                items,
                6,
                null,
                0,
                null);
        return new SupplierOrder(
                n,
                "SO" + n,
                7,
                new ProducerId(n),
                name,
                null,
                SupplierOrderStatus.CONFIRMED,
                items,
                items / 20,
                n == 1 ? 7L : null,
                n == 1 ? 3_840 : 0,
                null,
                null,
                null,
                null,
                List.of(line));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }
}
