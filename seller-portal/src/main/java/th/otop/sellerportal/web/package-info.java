/** What every page of the portal shares: formats (baht, Buddhist-era dates), the current shop, error pages. */
package th.otop.sellerportal.web;
