/** Commands an operator runs by hand, and the benchmarks that print the marketplace's figures. */
package th.otop.tools;
