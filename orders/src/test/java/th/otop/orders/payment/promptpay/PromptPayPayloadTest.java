package th.otop.orders.payment.promptpay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reference payloads were printed by the npm package promptpay-qr 0.5.0 (MIT, uses crc 3.8.0), e.g.
 * {@code require('promptpay-qr')('0812345678', {amount: 150})}. Its amounts are {@code amount.toFixed(2)}, the same
 * two-decimal form ours has, so its output is used unchanged; the satang column is the same amount times 100.
 */
class PromptPayPayloadTest {
    @ParameterizedTest(name = "{0} {1} satang")
    @CsvSource({
        "0812345678, 15000, 00020101021229370016A000000677010111011300668123456785802TH53037645406150.006304CC46",
        "1234567890121, 422, 00020101021229370016A000000677010111021312345678901215802TH530376454044.226304FFD2",
        "012345678901234, 100050,"
                + " 00020101021229390016A00000067701011103150123456789012345802TH530376454071000.5063046FF6",
        "089-123-4567, 1, 00020101021229370016A000000677010111011300668912345675802TH530376454040.0163048DB9",
        "0891234567, 9999999999,"
                + " 00020101021229370016A000000677010111011300668912345675802TH5303764541199999999.996304507F",
        "0812345678, 123405, 00020101021229370016A000000677010111011300668123456785802TH530376454071234.05630474E4"
    })
    void dynamicPayloadMatchesReference(String id, long satang, String expected) {
        assertEquals(expected, PromptPayPayload.build(PromptPayId.parse(id), satang));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "0812345678, 00020101021129370016A000000677010111011300668123456785802TH530376463045D82",
        "1234567890121, 00020101021129370016A000000677010111021312345678901215802TH530376463041C03",
        "012345678901234, 00020101021129390016A00000067701011103150123456789012345802TH530376463049781"
    })
    void staticPayloadMatchesReference(String id, String expected) {
        assertEquals(expected, PromptPayPayload.build(PromptPayId.parse(id)));
    }

    @ParameterizedTest
    @CsvSource({
        "1, 0.01",
        "5, 0.05",
        "10, 0.10",
        "99, 0.99",
        "100, 1.00",
        "105, 1.05",
        "15000, 150.00",
        "9999999999, 99999999.99"
    })
    void formatsSatangAsBahtWithTwoDecimals(long satang, String baht) {
        assertEquals(baht, PromptPayPayload.formatBaht(satang));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -15000, Long.MIN_VALUE, PromptPayPayload.MAX_AMOUNT_SATANG + 1, Long.MAX_VALUE})
    void rejectsAmountsOutOfRange(long satang) {
        PromptPayId id = PromptPayId.parse("0812345678");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PromptPayPayload.build(id, satang));
        assertTrue(e.getMessage().contains("Invalid amount"), e.getMessage());
    }

    @Test
    void everyPayloadCarriesAValidChecksum() {
        for (String id : List.of("0812345678", "0999999999", "1234567890121", "0100000000000", "012345678901234")) {
            PromptPayId promptPayId = PromptPayId.parse(id);
            for (String payload : List.of(
                    PromptPayPayload.build(promptPayId),
                    PromptPayPayload.build(promptPayId, 1),
                    PromptPayPayload.build(promptPayId, 4999),
                    PromptPayPayload.build(promptPayId, PromptPayPayload.MAX_AMOUNT_SATANG))) {
                String body = payload.substring(0, payload.length() - 4);
                assertTrue(body.endsWith("6304"), payload);
                assertEquals(Crc16Ccitt.hex(body), payload.substring(payload.length() - 4), payload);
            }
        }
    }

    @Test
    void fieldsParseBackAsTlv() {
        Map<String, String> fields = tlv(PromptPayPayload.build(PromptPayId.parse("1234567890121"), 12345));
        assertEquals(List.of("00", "01", "29", "58", "53", "54", "63"), List.copyOf(fields.keySet()));
        assertEquals("01", fields.get("00"));
        assertEquals("12", fields.get("01"));
        assertEquals("TH", fields.get("58"));
        assertEquals("764", fields.get("53"));
        assertEquals("123.45", fields.get("54"));
        assertEquals(Map.of("00", "A000000677010111", "02", "1234567890121"), tlv(fields.get("29")));

        Map<String, String> staticFields = tlv(PromptPayPayload.build(PromptPayId.parse("0812345678")));
        assertEquals("11", staticFields.get("01"));
        assertFalse(staticFields.containsKey("54"));
    }

    /** Splits id-length-value fields, failing on a length that runs past the end. */
    private static Map<String, String> tlv(String s) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < s.length()) {
            int length = Integer.parseInt(s.substring(i + 2, i + 4));
            fields.put(s.substring(i, i + 2), s.substring(i + 4, i + 4 + length));
            i += 4 + length;
        }
        assertEquals(s.length(), i);
        return fields;
    }
}
