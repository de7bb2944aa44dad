package th.otop.orders.wholesale.document;

import java.time.LocalDate;
import java.util.List;
import th.otop.orders.Baht;
import th.otop.orders.fund.FundStatement;
import th.otop.orders.fund.OutletCredit;
import th.otop.orders.ledger.FundContributions.Contribution;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.Repayment;

/** A community fund's monthly statement as a Thai PDF, drawn as the purchase orders and invoices are. */
public final class FundStatementPdf {
    private static final String FOOTER = "ตลาดผลิตภัณฑ์ OTOP  รายงานกองทุนชุมชน";
    private static final List<PdfSheet.Column> FOUR = List.of(
            PdfSheet.Column.left(86), PdfSheet.Column.left(200), PdfSheet.Column.left(115), PdfSheet.Column.right(110));
    private static final List<PdfSheet.Column> LINES = List.of(
            PdfSheet.Column.left(171),
            PdfSheet.Column.right(85),
            PdfSheet.Column.right(85),
            PdfSheet.Column.right(55),
            PdfSheet.Column.left(115));
    private static final List<PdfSheet.Column> TOTAL =
            List.of(PdfSheet.Column.right(PdfSheet.WIDTH - 130), PdfSheet.Column.right(130));

    private FundStatementPdf() {}

    public static byte[] of(FundStatement s) {
        String period = ThaiDates.format(s.from()) + " ถึง " + ThaiDates.format(s.to());
        try (PdfSheet sheet = new PdfSheet("รายงานกองทุน " + s.fund().nameTh(), FOOTER + "  " + period)) {
            sheet.heading("รายงานกองทุนชุมชน (Fund statement)", 18);
            sheet.field("กองทุน", s.fund().nameTh());
            sheet.field("ประเภท", s.fund().kind().label(PdfSheet.thai()));
            sheet.field("ช่วงเวลา", period);
            sheet.field("จัดทำเมื่อ", ThaiDates.format(s.madeOn()));
            sheet.space(6);

            sheet.rule();
            sheet.heading("เงินสมทบจากการขาย", 12.5f);
            sheet.row(FOUR, List.of("วันที่", "ผู้ผลิต", "เลขที่คำสั่งซื้อ", "จำนวนเงิน (บาท)"), true);
            for (Contribution c : s.contributions()) {
                sheet.row(
                        FOUR,
                        List.of(
                                date(LocalDate.ofInstant(c.at(), WholesaleDocuments.BANGKOK)),
                                c.producerNameTh(),
                                c.reference(),
                                Baht.format(c.amountSatang())),
                        false);
            }
            sheet.row(TOTAL, List.of("รวมเงินสมทบ", Baht.format(s.contributedSatang()) + " บาท"), true);

            sheet.rule();
            sheet.heading("เครดิตที่ร้านค้าใช้ (ใบแจ้งหนี้ที่ออก)", 12.5f);
            sheet.row(FOUR, List.of("วันที่ออก", "ร้านค้า", "เลขที่ใบแจ้งหนี้", "จำนวนเงิน (บาท)"), true);
            for (Invoice i : s.invoices()) {
                sheet.row(
                        FOUR,
                        List.of(
                                date(i.issuedOn()),
                                s.outletName(i.outletId()),
                                i.number(),
                                Baht.format(i.amountSatang())),
                        false);
            }
            sheet.row(TOTAL, List.of("รวมเครดิตที่ใช้", Baht.format(s.drawnSatang()) + " บาท"), true);

            sheet.rule();
            sheet.heading("การชำระคืน", 12.5f);
            sheet.row(FOUR, List.of("วันที่", "ร้านค้า", "ใบแจ้งหนี้ / อ้างอิง", "จำนวนเงิน (บาท)"), true);
            for (Repayment r : s.repayments()) {
                sheet.row(
                        FOUR,
                        List.of(
                                date(LocalDate.ofInstant(r.recordedAt(), WholesaleDocuments.BANGKOK)),
                                s.outletName(r.outletId()),
                                r.invoiceNumber() + " / " + r.reference(),
                                Baht.format(r.amountSatang())),
                        false);
            }
            sheet.row(TOTAL, List.of("รวมชำระคืน", Baht.format(s.repaidSatang()) + " บาท"), true);

            sheet.rule();
            sheet.heading("วงเงินเครดิต ณ วันที่จัดทำ", 12.5f);
            sheet.row(LINES, List.of("ร้านค้า", "วงเงิน (บาท)", "ค้างชำระ (บาท)", "เครดิต", "สถานะ"), true);
            for (OutletCredit line : s.lines()) {
                sheet.row(
                        LINES,
                        List.of(
                                line.outlet().nameTh(),
                                Baht.format(line.credit().limitSatang()),
                                Baht.format(line.credit().usedSatang()),
                                line.credit().exists() ? line.credit().netDays() + " วัน" : "-",
                                status(line)),
                        false);
            }
            sheet.row(TOTAL, List.of("ยอดค้างชำระทั้งหมด", Baht.format(s.outstandingSatang()) + " บาท"), true);
            sheet.paragraph("(" + BahtText.of(s.outstandingSatang()) + ")", 11, false);
            return sheet.toBytes();
        }
    }

    private static String status(OutletCredit line) {
        if (!line.credit().exists()) {
            return "ยังไม่มีวงเงิน";
        }
        if (line.credit().closed()) {
            return "ปิดวงเงินแล้ว";
        }
        return line.credit().overdueInvoices() > 0
                ? "เกินกำหนด " + line.credit().overdueInvoices() + " ใบ"
                : "เปิดใช้";
    }

    private static String date(LocalDate day) {
        return ThaiDates.format(day);
    }
}
