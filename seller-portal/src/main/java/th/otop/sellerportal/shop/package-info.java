/** The producer's shop: guided profile, verification banner, dashboard and team. */
package th.otop.sellerportal.shop;
