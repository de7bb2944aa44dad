package th.otop.storefront.outlet;

/** The outlet waits for (or lost) an officer's verification: its pages send it to the dashboard, the API says 403. */
class OutletNotVerifiedException extends RuntimeException {
    OutletNotVerifiedException() {
        super("The outlet is not verified");
    }
}
