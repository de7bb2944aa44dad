package th.otop.orders.wholesale.document;

/**
 * An amount in Thai words as invoices write it under the figures: 714,530 satang is
 * {@code เจ็ดพันหนึ่งร้อยสี่สิบห้าบาทสามสิบสตางค์}, whole baht end in {@code ถ้วน}.
 */
public final class BahtText {
    private static final String[] DIGITS = {"", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"};
    private static final String[] PLACES = {"", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"};

    private BahtText() {}

    public static String of(long satang) {
        if (satang < 0) {
            return "ลบ" + of(-satang);
        }
        long baht = satang / 100;
        int cents = (int) (satang % 100);
        if (baht == 0 && cents == 0) {
            return "ศูนย์บาทถ้วน";
        }
        StringBuilder text = new StringBuilder();
        if (baht > 0) {
            text.append(number(baht)).append("บาท");
        }
        text.append(cents == 0 ? "ถ้วน" : number(cents) + "สตางค์");
        return text.toString();
    }

    /** A whole number in Thai words; millions repeat ({@code หนึ่งล้านล้าน}). */
    static String number(long n) {
        if (n >= 1_000_000) {
            return number(n / 1_000_000) + "ล้าน" + (n % 1_000_000 == 0 ? "" : belowMillion((int) (n % 1_000_000)));
        }
        return belowMillion((int) n);
    }

    private static String belowMillion(int n) {
        StringBuilder text = new StringBuilder();
        String digits = Integer.toString(n);
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int digit = digits.charAt(i) - '0';
            int place = length - i - 1;
            if (digit == 0) {
                continue;
            }
            if (place == 1 && digit == 1) {
                text.append("สิบ");
            } else if (place == 1 && digit == 2) {
                text.append("ยี่สิบ");
            } else if (place == 0 && digit == 1 && length > 1) {
                text.append("เอ็ด");
            } else {
                text.append(DIGITS[digit]).append(PLACES[place]);
            }
        }
        return text.toString();
    }
}
