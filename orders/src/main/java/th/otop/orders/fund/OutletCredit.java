package th.otop.orders.fund;

import th.otop.catalog.outlet.Outlet;
import th.otop.orders.wholesale.CreditStatus;

/** An outlet linked to the fund and its credit line from the fund (none, open or closed). */
public record OutletCredit(Outlet outlet, CreditStatus credit) {}
