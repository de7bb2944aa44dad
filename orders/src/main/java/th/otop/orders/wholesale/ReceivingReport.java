package th.otop.orders.wholesale;

import java.util.Locale;
import th.otop.orders.complaint.ComplaintCategory;

/**
 * What an outlet reported short or damaged on receiving a supplier order, as the first message of the complaint it
 * opens: every line with an issue, its quantities and the outlet's note, in Thai and English since the producer and an
 * officer may read either.
 */
record ReceivingReport(PurchaseOrder purchaseOrder, SupplierOrder supplierOrder) {

    /** Damaged when anything arrived damaged, else not received (only missing units). */
    ComplaintCategory category() {
        return supplierOrder.lines().stream().anyMatch(l -> l.damagedQuantity() > 0)
                ? ComplaintCategory.DAMAGED
                : ComplaintCategory.NOT_RECEIVED;
    }

    /** Within the 4,000 characters a complaint message holds, so a long report never refuses the receipt itself. */
    String message() {
        StringBuilder text = new StringBuilder()
                .append("รายงานการรับสินค้า ใบสั่งซื้อ ")
                .append(purchaseOrder.publicId())
                .append(" คำสั่งซื้อ ")
                .append(supplierOrder.publicId())
                .append(" / Receiving report, purchase order ")
                .append(purchaseOrder.publicId())
                .append(", supplier order ")
                .append(supplierOrder.publicId());
        for (SupplierOrderLine l : supplierOrder.lines()) {
            if (!l.hasIssue()) {
                continue;
            }
            text.append("\n- ")
                    .append(l.titleTh())
                    .append(": สั่ง ")
                    .append(l.quantity())
                    .append(" ได้รับสภาพดี ")
                    .append(l.receivedQuantity())
                    .append(" ชำรุด ")
                    .append(l.damagedQuantity())
                    .append(" ขาด ")
                    .append(l.missingQuantity())
                    .append(" / ")
                    .append(l.title(Locale.ENGLISH))
                    .append(": ordered ")
                    .append(l.quantity())
                    .append(", good ")
                    .append(l.receivedQuantity())
                    .append(", damaged ")
                    .append(l.damagedQuantity())
                    .append(", missing ")
                    .append(l.missingQuantity());
            if (l.issueNote() != null) {
                text.append("\n  ").append(l.issueNote());
            }
        }
        return text.length() > 4000 ? text.substring(0, 3999) + "…" : text.toString();
    }
}
