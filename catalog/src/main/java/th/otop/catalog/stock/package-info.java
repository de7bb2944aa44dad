/** Stock on hand: atomic reservation for the order service, and the history of every change. */
package th.otop.catalog.stock;
