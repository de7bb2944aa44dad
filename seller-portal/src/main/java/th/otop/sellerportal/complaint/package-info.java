/** The complaints about this producer's orders, products and shop: a consumer's, or an outlet's receiving report. */
package th.otop.sellerportal.complaint;
