/**
 * Officers' reports: sales by category and grade, the share of sammachip-linked producers, exposure
 * share against sales share for group D and sammachip producers (the fair-exposure measure), complaint
 * handling, all filterable by period, region and province.
 */
package th.otop.orders.report;
