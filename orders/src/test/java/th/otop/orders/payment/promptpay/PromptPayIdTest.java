package th.otop.orders.payment.promptpay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromptPayIdTest {
    @Test
    void mobileNumberWithDashesAndSpaces() {
        PromptPayId id = PromptPayId.parse(" 081-234 5678 ");
        assertEquals(PromptPayId.Type.MOBILE, id.type());
        assertEquals("0812345678", id.digits());
        assertEquals("0066812345678", id.proxyValue());
        assertEquals("01", id.type().subTag());
    }

    @Test
    void nationalIdWithValidCheckDigit() {
        PromptPayId id = PromptPayId.parse("1-2345-67890-12-1");
        assertEquals(PromptPayId.Type.NATIONAL_ID, id.type());
        assertEquals("1234567890121", id.proxyValue());
        assertEquals("02", id.type().subTag());
    }

    @Test
    void checkDigitEdgeCases() {
        // sum % 11 == 0 gives 11 % 10 = 1; sum % 11 == 1 gives 10 % 10 = 0.
        assertEquals(1, PromptPayId.nationalIdCheckDigit("1234567890121")); // sum 352 = 32 * 11
        assertEquals(0, PromptPayId.nationalIdCheckDigit("0100000000000")); // sum 12 = 11 + 1
        assertEquals(9, PromptPayId.nationalIdCheckDigit("1000000000000")); // sum 13, 11 - 2 = 9
        assertEquals("0100000000000", PromptPayId.parse("0100000000000").digits());
    }

    @Test
    void eWalletId() {
        PromptPayId id = PromptPayId.parse("012345678901234");
        assertEquals(PromptPayId.Type.E_WALLET, id.type());
        assertEquals("012345678901234", id.proxyValue());
        assertEquals("03", id.type().subTag());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "   ",
                "081234567", // 9-digit phone
                "08123456789", // 11 digits
                "1812345678", // 10 digits not starting with 0
                "1234567890122", // national id, wrong check digit
                "1234567890120", // national id, wrong check digit
                "12345678901234", // 14 digits
                "0123456789012345", // 16 digits
                "08l2345678", // letter l for digit 1
                "abcdefghij",
                "+66812345678", // international form is not what a producer's phone shows
                "๐๘๑๒๓๔๕๖๗๘", // Thai digits
                "081.234.5678"
            })
    void rejectsBadInput(String input) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PromptPayId.parse(input));
        assertTrue(e.getMessage().startsWith("รหัสพร้อมเพย์ไม่ถูกต้อง / Invalid PromptPay id: "), e.getMessage());
    }

    @Test
    void constructorKeepsTheSameRules() {
        assertThrows(
                IllegalArgumentException.class, () -> new PromptPayId(PromptPayId.Type.NATIONAL_ID, "1234567890122"));
        assertThrows(IllegalArgumentException.class, () -> new PromptPayId(PromptPayId.Type.MOBILE, "081234567"));
        assertThrows(IllegalArgumentException.class, () -> new PromptPayId(PromptPayId.Type.E_WALLET, "0812345678"));
        assertThrows(IllegalArgumentException.class, () -> new PromptPayId(PromptPayId.Type.MOBILE, "1812345678"));
    }
}
