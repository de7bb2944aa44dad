package th.otop.devstack;

/**
 * Fixed ports of the test services, away from the ones the local run uses so that tests can run while
 * the marketplace is up. {@code OTOP_TEST_PORT_BASE} shifts all three.
 */
record TestServicePorts(int database, int elasticsearch, int control) {
    static TestServicePorts fromEnvironment() {
        String base = System.getenv("OTOP_TEST_PORT_BASE");
        int offset = base == null || base.isBlank() ? 0 : Integer.parseInt(base.trim()) - 33306;
        return new TestServicePorts(33306 + offset, 39200 + offset, 39299 + offset);
    }
}
