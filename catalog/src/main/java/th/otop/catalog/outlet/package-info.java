/**
 * Pracharat Sukjai Shop outlets (ร้านประชารัฐ สุขใจ Shop): their sign-up, an officer's verification, their linked
 * community fund, and the accounts that act for them (owners and buyers).
 */
package th.otop.catalog.outlet;
