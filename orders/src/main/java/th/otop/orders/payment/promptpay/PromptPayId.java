package th.otop.orders.payment.promptpay;

import java.util.Objects;

/**
 * Who receives a PromptPay payment: a producer's registered mobile number, national id / tax id, or e-wallet id.
 *
 * @param type which kind of id, and so which sub-tag of tag 29 carries it
 * @param digits the id as plain ASCII digits, a mobile number in its local form ({@code 0812345678})
 */
public record PromptPayId(Type type, String digits) {
    static final String INVALID = "รหัสพร้อมเพย์ไม่ถูกต้อง / Invalid PromptPay id: ";

    /** The kinds of id PromptPay knows, with the sub-tag of the merchant account field (tag 29) each goes in. */
    public enum Type {
        MOBILE("01", 10),
        NATIONAL_ID("02", 13),
        E_WALLET("03", 15);

        private final String subTag;
        private final int length;

        Type(String subTag, int length) {
            this.subTag = subTag;
            this.length = length;
        }

        /** The sub-tag of tag 29 this kind of id is written under. */
        public String subTag() {
            return subTag;
        }
    }

    /** Checks the invariants here too, so an id built without {@link #parse} cannot put a wrong code on a page. */
    public PromptPayId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != type.length || !isAsciiDigits(digits)) {
            throw new IllegalArgumentException(INVALID + type + " needs " + type.length + " digits, got " + digits);
        }
        if (type == Type.MOBILE && digits.charAt(0) != '0') {
            throw new IllegalArgumentException(INVALID + "a mobile number starts with 0, got " + digits);
        }
        if (type == Type.NATIONAL_ID && nationalIdCheckDigit(digits) != digits.charAt(12) - '0') {
            throw new IllegalArgumentException(INVALID + "the check digit of national id " + digits + " is wrong");
        }
    }

    /**
     * Reads an id as a producer types it: dashes and spaces are dropped (people write {@code 081-234-5678}), then the
     * number of digits says which kind it is. Anything else, letters and Thai digits included, is refused rather than
     * guessed at, since a wrong guess sends a buyer's money to a stranger.
     *
     * @throws IllegalArgumentException with a Thai and English message when the input is no valid id
     */
    public static PromptPayId parse(String input) {
        if (input == null) {
            throw new IllegalArgumentException(INVALID + "null");
        }
        String digits = input.replace("-", "").replace(" ", "");
        if (!isAsciiDigits(digits)) {
            throw new IllegalArgumentException(INVALID + input);
        }
        for (Type type : Type.values()) {
            if (digits.length() == type.length) {
                return new PromptPayId(type, digits);
            }
        }
        throw new IllegalArgumentException(INVALID + input);
    }

    /**
     * The value written in the QR code. A mobile number goes in international form without the plus, zero-padded to
     * 13 characters ({@code 0812345678} becomes {@code 0066812345678}); the other ids go in as they are.
     */
    public String proxyValue() {
        return type == Type.MOBILE ? "0066" + digits.substring(1) : digits;
    }

    /** Thai national id check digit: catches most typos before a buyer pays the wrong person. */
    static int nationalIdCheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10;
    }

    // Not Character.isDigit: that also accepts Thai and other Unicode digits, which would end up in the QR code as is.
    private static boolean isAsciiDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
