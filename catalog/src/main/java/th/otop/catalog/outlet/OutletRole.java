package th.otop.catalog.outlet;

/** Within an outlet: owners manage its members and details, buyers place and receive purchase orders. */
public enum OutletRole {
    OWNER,
    BUYER
}
