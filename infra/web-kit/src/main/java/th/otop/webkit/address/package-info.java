/**
 * The Thai address picker both apps use: province, district, subdistrict and postcode as selects that work without
 * JavaScript (a "choose" button re-renders the form with the next level), and the JSON lists its script fills them
 * from.
 */
package th.otop.webkit.address;
