/**
 * A purchase order's documents as PDF in Thai: the purchase order (its supplier orders per producer, tier prices, payment
 * terms) and the invoice (amount in words, due date), dated in the Buddhist era (พ.ศ.) and set in the bundled Sarabun font
 * (OFL, {@code fonts/OFL.txt}).
 */
package th.otop.orders.wholesale.document;
