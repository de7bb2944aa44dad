package th.otop.orders.wholesale.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import th.otop.catalog.community.CommunityDirectory;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Province;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletMember;
import th.otop.catalog.outlet.Outlets;
import th.otop.orders.Baht;
import th.otop.orders.wholesale.Invoice;
import th.otop.orders.wholesale.PaymentTerms;
import th.otop.orders.wholesale.PurchaseOrder;
import th.otop.orders.wholesale.PurchaseOrderNotFoundException;
import th.otop.orders.wholesale.PurchaseOrders;
import th.otop.orders.wholesale.SupplierOrder;
import th.otop.orders.wholesale.SupplierOrderLine;

/**
 * The purchase order and the invoice of an outlet's purchase order as Thai PDFs. Only members of the outlet that placed
 * it get them: for anyone else the order does not exist ({@link PurchaseOrderNotFoundException}).
 */
@Singleton
public class WholesaleDocuments {
    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String FOOTER = "ตลาดผลิตภัณฑ์ OTOP สำหรับร้านประชารัฐ สุขใจ Shop";

    private final PurchaseOrders purchaseOrders;
    private final Outlets outlets;
    private final Geography geography;
    private final CommunityDirectory directory;

    WholesaleDocuments(
            PurchaseOrders purchaseOrders, Outlets outlets, Geography geography, CommunityDirectory directory) {
        this.purchaseOrders = purchaseOrders;
        this.outlets = outlets;
        this.geography = geography;
        this.directory = directory;
    }

    /** Who bought: the outlet with its province and the community fund that extends its credit, in Thai. */
    public record Buyer(Outlet outlet, String provinceTh, @Nullable String fundTh) {}

    @Transactional
    public byte[] purchaseOrder(OutletMember member, String purchaseOrderPublicId) {
        PurchaseOrder po = purchaseOrders.find(member, purchaseOrderPublicId);
        return purchaseOrderPdf(po, buyer(po));
    }

    /** Only a net-terms order is invoiced; a prepaid one has no invoice to print. */
    @Transactional
    public byte[] invoice(OutletMember member, String purchaseOrderPublicId) {
        PurchaseOrder po = purchaseOrders.find(member, purchaseOrderPublicId);
        if (po.invoice() == null) {
            throw new PurchaseOrderNotFoundException(purchaseOrderPublicId);
        }
        return invoicePdf(po, buyer(po));
    }

    /** The file name a download should carry, e.g. {@code purchase-order-AB12CD.pdf}. */
    public static String fileName(String kind, String purchaseOrderPublicId) {
        return kind + "-" + purchaseOrderPublicId.replaceAll("[^A-Za-z0-9_-]", "") + ".pdf";
    }

    private Buyer buyer(PurchaseOrder po) {
        Outlet outlet = outlets.find(po.outletId()).orElseThrow();
        String province =
                geography.province(outlet.provinceId()).map(Province::nameTh).orElse("");
        Long fundId = po.invoice() != null ? Long.valueOf(po.invoice().fundId()) : outlet.fundId();
        String fund = fundId == null
                ? null
                : directory.fund(fundId).map(f -> f.fund().nameTh()).orElse(null);
        return new Buyer(outlet, province, fund);
    }

    static byte[] purchaseOrderPdf(PurchaseOrder po, Buyer buyer) {
        LocalDate placed = LocalDate.ofInstant(po.createdAt(), BANGKOK);
        try (PdfSheet sheet = new PdfSheet("ใบสั่งซื้อ " + po.publicId(), FOOTER + "  ใบสั่งซื้อ " + po.publicId())) {
            sheet.heading("ใบสั่งซื้อ (Purchase order)", 18);
            sheet.field("เลขที่", po.publicId());
            sheet.field("วันที่สั่งซื้อ", ThaiDates.format(placed));
            sheet.field("สถานะ", po.status().label(PdfSheet.thai()));
            parties(sheet, buyer);
            sheet.field("การชำระเงิน", paymentTerms(po));
            if (po.reorderOf() != null) {
                sheet.field("หมายเหตุ", "สั่งซ้ำจากใบสั่งซื้อเดิม ราคาและเงื่อนไขตามวันที่สั่งครั้งนี้");
            }
            sheet.space(6);
            int n = po.supplierOrders().size();
            int index = 0;
            for (SupplierOrder so : po.supplierOrders()) {
                index++;
                sheet.rule();
                sheet.heading("ผู้ขาย " + index + "/" + n + ": " + so.producerNameTh(), 12.5f);
                sheet.field(
                        "เลขที่คำสั่งซื้อย่อย",
                        so.publicId() + "  (" + so.status().label(PdfSheet.thai()) + ")");
                lines(sheet, so.lines());
                sheet.row(TOTAL, List.of("รวม " + so.producerNameTh(), Baht.format(so.itemsSatang()) + " บาท"), true);
                if (so.fundId() != null && so.contributionSatang() > 0) {
                    sheet.paragraph(
                            "ส่วนหนึ่งของยอดนี้ " + Baht.format(so.contributionSatang())
                                    + " บาท สมทบกองทุนชุมชนที่ผู้ผลิตเชื่อมโยง",
                            9.5f,
                            false);
                }
            }
            sheet.rule();
            sheet.row(TOTAL, List.of("รวมทั้งสิ้น", Baht.format(po.itemsSatang()) + " บาท"), true);
            sheet.paragraph("(" + BahtText.of(po.itemsSatang()) + ")", 11, false);
            sheet.space(8);
            sheet.paragraph(
                    "ราคาขายส่งตามขั้นราคาของผู้ผลิต ณ วันที่สั่งซื้อ สั่งขั้นต่ำและจำนวนต่อลังตามที่ผู้ผลิตกำหนด "
                            + "ผู้ผลิตแต่ละรายจัดส่งแยกกัน",
                    9.5f,
                    false);
            return sheet.toBytes();
        }
    }

    static byte[] invoicePdf(PurchaseOrder po, Buyer buyer) {
        Invoice invoice = po.invoice();
        LocalDate placed = LocalDate.ofInstant(po.createdAt(), BANGKOK);
        String number = invoice != null ? invoice.number() : po.publicId();
        try (PdfSheet sheet = new PdfSheet("ใบแจ้งหนี้ " + number, FOOTER + "  ใบแจ้งหนี้ " + number)) {
            sheet.heading("ใบแจ้งหนี้ (Invoice)", 18);
            sheet.field("เลขที่", number);
            sheet.field("วันที่ออก", ThaiDates.format(invoice != null ? invoice.issuedOn() : placed));
            if (invoice != null) {
                sheet.field("ครบกำหนดชำระ", ThaiDates.format(invoice.dueOn()));
            }
            sheet.field("อ้างอิงใบสั่งซื้อ", po.publicId() + " ลงวันที่ " + ThaiDates.format(placed));
            parties(sheet, buyer);
            sheet.field("การชำระเงิน", paymentTerms(po));
            sheet.space(6);
            sheet.rule();
            sheet.row(SUPPLIERS, List.of("ลำดับ", "ผู้ขาย", "เลขที่คำสั่งซื้อย่อย", "จำนวนเงิน (บาท)"), true);
            int index = 0;
            for (SupplierOrder so : po.supplierOrders()) {
                index++;
                sheet.row(
                        SUPPLIERS,
                        List.of(
                                String.valueOf(index),
                                so.producerNameTh(),
                                so.publicId(),
                                Baht.format(so.itemsSatang())),
                        false);
            }
            sheet.rule();
            long amount = invoice != null ? invoice.amountSatang() : po.itemsSatang();
            long paid = invoice != null ? invoice.repaidSatang() : po.paidAt() != null ? po.itemsSatang() : 0;
            sheet.row(TOTAL, List.of("ยอดรวม", Baht.format(amount) + " บาท"), true);
            sheet.row(TOTAL, List.of("ชำระแล้ว", Baht.format(paid) + " บาท"), false);
            sheet.row(TOTAL, List.of("ยอดค้างชำระ", Baht.format(amount - paid) + " บาท"), true);
            sheet.paragraph("(" + BahtText.of(amount - paid) + ")", 11, false);
            sheet.space(8);
            if (invoice != null) {
                sheet.paragraph(
                        "ชำระภายในวันที่ " + ThaiDates.format(invoice.dueOn())
                                + " หากเกินกำหนด ร้านจะสั่งซื้อแบบเครดิตไม่ได้จนกว่าจะชำระ",
                        10,
                        false);
            } else {
                sheet.paragraph(
                        "ชำระด้วยพร้อมเพย์หรือโอนเงินก่อน ผู้ผลิตจะจัดส่งเมื่อได้รับการยืนยันการชำระเงิน", 10, false);
            }
            return sheet.toBytes();
        }
    }

    private static final List<PdfSheet.Column> LINES = List.of(
            PdfSheet.Column.right(34),
            PdfSheet.Column.left(199),
            PdfSheet.Column.right(52),
            PdfSheet.Column.left(46),
            PdfSheet.Column.right(90),
            PdfSheet.Column.right(90));
    private static final List<PdfSheet.Column> SUPPLIERS = List.of(
            PdfSheet.Column.right(36),
            PdfSheet.Column.left(245),
            PdfSheet.Column.left(110),
            PdfSheet.Column.right(120));
    private static final List<PdfSheet.Column> TOTAL =
            List.of(PdfSheet.Column.right(PdfSheet.WIDTH - 130), PdfSheet.Column.right(130));

    private static void lines(PdfSheet sheet, List<SupplierOrderLine> lines) {
        sheet.row(LINES, List.of("ลำดับ", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"), true);
        int i = 0;
        for (SupplierOrderLine line : lines) {
            i++;
            String title = line.titleTh() + (line.casePack() > 1 ? " (ลังละ " + line.casePack() + ")" : "");
            if (line.receivedQuantity() != null) {
                title += " รับแล้ว " + line.receivedQuantity()
                        + (line.damagedQuantity() > 0 ? " ชำรุด " + line.damagedQuantity() : "")
                        + (line.missingQuantity() > 0 ? " ขาด " + line.missingQuantity() : "");
            }
            sheet.row(
                    LINES,
                    List.of(
                            String.valueOf(i),
                            title,
                            String.format("%,d", line.quantity()),
                            line.unitTh(),
                            Baht.format(line.unitPriceSatang()),
                            Baht.format(line.lineSatang())),
                    false);
        }
    }

    private static void parties(PdfSheet sheet, Buyer buyer) {
        Outlet outlet = buyer.outlet();
        sheet.field("ผู้สั่งซื้อ", outlet.nameTh());
        sheet.field("ที่อยู่", outlet.address() + " จังหวัด" + buyer.provinceTh());
        sheet.field("ผู้ดำเนินการ", outlet.operatorOrganisation());
        if (buyer.fundTh() != null) {
            sheet.field("กองทุนชุมชน", buyer.fundTh());
        }
    }

    static String paymentTerms(PurchaseOrder po) {
        if (po.payment() == PaymentTerms.NET_TERMS && po.invoice() != null) {
            Invoice invoice = po.invoice();
            long days = ChronoUnit.DAYS.between(invoice.issuedOn(), invoice.dueOn());
            return "เครดิต " + days + " วัน ครบกำหนดชำระ " + ThaiDates.format(invoice.dueOn())
                    + " (วงเงินจากกองทุนชุมชน)";
        }
        return po.paidAt() != null
                ? "ชำระก่อน (พร้อมเพย์/โอนเงิน) ชำระแล้วเมื่อ "
                        + ThaiDates.format(LocalDate.ofInstant(po.paidAt(), BANGKOK))
                : "ชำระก่อน (พร้อมเพย์/โอนเงิน) ยังไม่ได้ชำระ";
    }
}
