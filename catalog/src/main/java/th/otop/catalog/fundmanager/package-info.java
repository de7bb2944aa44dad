/** Community fund managers: the accounts an officer appointed to run a fund on the marketplace, one fund each. */
package th.otop.catalog.fundmanager;
