package th.otop.orders.payment.promptpay;

import java.util.Objects;

/**
 * Builds the text of a PromptPay QR code (Thai QR, EMVCo merchant-presented mode), which any Thai banking app can scan
 * to pay a producer directly, with no payment company in between. Each field is a 2-digit id, a 2-digit length and the
 * value; the last field is a CRC over everything before it.
 */
public final class PromptPayPayload {
    /** The largest amount accepted, 99,999,999.99 baht, in satang. */
    public static final long MAX_AMOUNT_SATANG = 9_999_999_999L;

    private static final String PROMPTPAY_AID = "A000000677010111";

    private PromptPayPayload() {}

    /** A static code without an amount: the buyer types the amount in the banking app. */
    public static String build(PromptPayId id) {
        return assemble(id, null);
    }

    /**
     * A dynamic code for one order: the banking app fills in the amount, so the buyer cannot mistype it.
     *
     * @param amountSatang the amount in satang (1 baht = 100 satang), more than 0 and at most {@link #MAX_AMOUNT_SATANG}
     * @throws IllegalArgumentException when the amount is out of range
     */
    public static String build(PromptPayId id, long amountSatang) {
        if (amountSatang <= 0 || amountSatang > MAX_AMOUNT_SATANG) {
            throw new IllegalArgumentException("จำนวนเงินไม่ถูกต้อง / Invalid amount: " + amountSatang
                    + " satang, must be from 1 to " + MAX_AMOUNT_SATANG);
        }
        return assemble(id, formatBaht(amountSatang));
    }

    /**
     * Satang as baht with exactly two decimals ({@code 15000} gives {@code 150.00}), in integer arithmetic so no
     * rounding can ever change what the buyer is asked to pay.
     */
    static String formatBaht(long satang) {
        long fraction = satang % 100;
        return (satang / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }

    private static String assemble(PromptPayId id, String amount) {
        Objects.requireNonNull(id, "id");
        StringBuilder payload = new StringBuilder(96);
        field(payload, "00", "01");
        // EMVCo's point-of-initiation method: 11 = static code, the same for any payment; 12 = dynamic code, made for
        // one payment and carrying its amount.
        field(payload, "01", amount == null ? "11" : "12");
        field(payload, "29", merchantAccount(id));
        field(payload, "58", "TH");
        field(payload, "53", "764");
        if (amount != null) {
            field(payload, "54", amount);
        }
        // The CRC covers its own id and length, so those go in before computing it.
        payload.append("6304");
        return payload.append(Crc16Ccitt.hex(payload.toString())).toString();
    }

    /** Tag 29's value: PromptPay's application id, then the id under the sub-tag of its kind. */
    private static String merchantAccount(PromptPayId id) {
        StringBuilder account = new StringBuilder(40);
        field(account, "00", PROMPTPAY_AID);
        field(account, id.type().subTag(), id.proxyValue());
        return account.toString();
    }

    private static StringBuilder field(StringBuilder out, String tag, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("field " + tag + " is longer than 99 characters");
        }
        return out.append(tag)
                .append(value.length() < 10 ? "0" : "")
                .append(value.length())
                .append(value);
    }
}
