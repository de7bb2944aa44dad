package th.otop.orders.order;

/** What an action adds besides the state: the courier of a shipment, a reason or remark for the history. */
record Details(Carrier carrier, String trackingNumber, String note) {
    static final Details NONE = new Details(null, null, null);

    static Details note(String note) {
        return new Details(null, null, note);
    }
}
