/** Thailand's regions and provinces, the reference data every address and report uses. */
package th.otop.catalog.geography;
