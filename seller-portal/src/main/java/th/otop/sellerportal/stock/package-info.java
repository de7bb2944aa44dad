/** Stock on hand per listing, low-stock alerts and the history of every change. */
package th.otop.sellerportal.stock;
