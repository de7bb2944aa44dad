/**
 * Reference data officers manage: category names, order and visibility (the codes stay fixed), and the geography
 * (provinces, districts, subdistricts, postcodes), imported line by line with a preview and a per-line report.
 */
package th.otop.catalog.reference;
