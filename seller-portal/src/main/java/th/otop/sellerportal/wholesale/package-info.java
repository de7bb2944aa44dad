/** Wholesale terms for Sukjai Shop outlets: price tiers, minimum order, case pack and net terms per listing. */
package th.otop.sellerportal.wholesale;
