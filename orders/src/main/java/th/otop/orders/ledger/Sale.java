package th.otop.orders.ledger;

import th.otop.catalog.producer.ProducerId;
import th.otop.orders.payment.PaymentMethod;

/** The money of one order, as the ledger needs it. */
public record Sale(
        long checkoutId, long orderId, ProducerId producer, long totalSatang, long feeSatang, PaymentMethod method) {}
