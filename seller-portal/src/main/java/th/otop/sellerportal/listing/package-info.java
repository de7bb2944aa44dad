/** Listings: create, edit, autosave, duplicate, publish, photos, bulk price and stock, CSV import/export. */
package th.otop.sellerportal.listing;
