/**
 * Sukjai Shop wholesale: purchase orders across producers split into one supplier order per producer, tier prices,
 * minimums and case packs, stock reserved as in consumer checkout, prepayment or net terms within a credit line that the
 * outlet's community fund extends, receiving with damage reports, reorders and suggested quantities, and the documents.
 */
package th.otop.orders.wholesale;
