/** What the storefront and the seller portal share on the web side, so neither copies it. */
package th.otop.webkit;
