package th.otop.orders.payment.promptpay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16CcittTest {
    @Test
    void matchesTheStandardCheckValue() {
        // The published check value of CRC-16/CCITT-FALSE; the reflected and zero-init variants give other values.
        assertEquals(0x29B1, Crc16Ccitt.compute("123456789".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("29B1", Crc16Ccitt.hex("123456789"));
    }

    @Test
    void emptyInputGivesTheInitialValue() {
        assertEquals(0xFFFF, Crc16Ccitt.compute(new byte[0]));
    }

    @Test
    void keepsLeadingZeros() {
        // "otop20" has CRC 0x001B (checked with the npm package crc 3.8.0, crc16xmodem(s, 0xffff)).
        assertEquals(0x001B, Crc16Ccitt.compute("otop20".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("001B", Crc16Ccitt.hex("otop20"));
    }
}
