package th.otop.orders.payment.promptpay;

import java.nio.charset.StandardCharsets;

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, xorout 0), the checksum EMVCo QR payloads end with.
 * Written out here rather than taken from a library because it is a dozen lines and the exact variant matters: the
 * reflected "KERMIT" or zero-init "XMODEM" variants produce codes that banking apps reject.
 */
final class Crc16Ccitt {
    private static final int POLY = 0x1021;
    private static final int INIT = 0xFFFF;

    private Crc16Ccitt() {}

    /** The checksum of the bytes. */
    static int compute(byte[] data) {
        int crc = INIT;
        for (byte b : data) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLY : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }

    /**
     * The checksum of an ASCII payload as the 4 upper-case hex digits that go into tag 63. Always 4 digits: a checksum
     * below 0x1000 keeps its leading zeros, because tag 63 is declared with length 04.
     */
    static String hex(String payload) {
        return String.format("%04X", compute(payload.getBytes(StandardCharsets.US_ASCII)));
    }
}
