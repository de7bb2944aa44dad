/**
 * A purchase order's documents as PDF in Thai: the purchase order (its supplier orders per producer, tier prices, payment
 * terms) and the invoice (amount in words, due date), dated in the Buddhist era (พ.ศ.) and set in the bundled Sarabun font
 * (OFL, {@code fonts/OFL.txt}). Thai is shaped by the JDK's text layout with the font's own mark positions
 * ({@link th.otop.orders.wholesale.document.Typeface}), embedded as a subset with its text kept copyable
 * ({@link th.otop.orders.wholesale.document.EmbeddedFont}), and lines break only between words.
 */
package th.otop.orders.wholesale.document;
