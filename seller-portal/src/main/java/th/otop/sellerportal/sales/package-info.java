/** Sales: figures computed in SQL over the order tables, charts drawn as inline SVG on the server, CSV export. */
package th.otop.sellerportal.sales;
