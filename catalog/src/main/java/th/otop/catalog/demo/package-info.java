/**
 * A realistic Thai catalogue made from a seed: producers in all 77 provinces, the real OTOP split of
 * 17 % star-rated and 83 % ungraded products, sammachip programmes and community funds.
 */
package th.otop.catalog.demo;
