package th.otop.orders;

/** Satang shown as baht ({@code 123450} is {@code 1,234.50}), in integer arithmetic: money is never a double. */
public final class Baht {
    private Baht() {}

    public static String format(long satang) {
        String sign = satang < 0 ? "-" : "";
        long abs = Math.abs(satang);
        return sign + String.format("%,d.%02d", abs / 100, abs % 100);
    }
}
