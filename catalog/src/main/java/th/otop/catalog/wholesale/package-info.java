/**
 * Producers' wholesale terms for Sukjai Shop outlets: price tiers by quantity, minimum order quantities, case packs and
 * whether net terms are accepted; and the wholesale catalogue only outlets see.
 */
package th.otop.catalog.wholesale;
