/**
 * Notifications inside the portal: new orders, low stock and the verification result, derived from the data itself
 * each time (nothing to deliver, so nothing is lost), with a badge in the navigation.
 */
package th.otop.sellerportal.notification;
