package th.otop.webkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * A text compressed once, with gaps of one fixed length that each response fills with a short text of its own (a
 * visitor's token), and sent as one gzip stream without compressing it again. The parts are deflated with a flush at
 * each gap, each gap goes in as a stored block, and the gzip checksum is combined from the parts' checksums. Each part
 * may still refer back to the text before it: its compressor sees the earlier gaps as bytes no text has (0xFF never
 * occurs in UTF-8), so no reference reaches into a gap.
 */
public final class GzipWithGaps {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** The last block: empty, with fixed codes, as zlib ends a stream after a flush. */
    private static final byte[] LAST_BLOCK = {3, 0};

    private static final int WINDOW = 32 * 1024;
    private static final byte NEVER_IN_TEXT = (byte) 0xff;
    private static final int STORED_BLOCK_HEADER = 5;

    private final byte[][] deflated;
    /** Each part's CRC-32, and the factor that moves a checksum past the part (see {@link Crc32}). */
    private final int[] crcs;

    private final int[] shifts;
    private final int textBytes;
    private final int gapLength;
    private final int gapShift;

    private GzipWithGaps(byte[][] deflated, int[] crcs, int[] shifts, int textBytes, int gapLength) {
        this.deflated = deflated;
        this.crcs = crcs;
        this.shifts = shifts;
        this.textBytes = textBytes;
        this.gapLength = gapLength;
        this.gapShift = Crc32.shiftBy(gapLength);
    }

    /** Compresses {@code parts}; each two are to have a gap of {@code gapLength} bytes between them. */
    public static GzipWithGaps of(List<byte[]> parts, int gapLength) {
        if (parts.isEmpty() || gapLength < 0 || gapLength > 0xffff) {
            throw new IllegalArgumentException("need at least one part, and gaps of at most 65,535 bytes");
        }
        int textBytes = parts.stream().mapToInt(p -> p.length).sum();
        byte[] seen = new byte[textBytes + (parts.size() - 1) * gapLength];
        byte[][] deflated = new byte[parts.size()][];
        int[] crcs = new int[parts.size()];
        int[] shifts = new int[parts.size()];
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            int at = 0;
            for (int i = 0; i < parts.size(); i++) {
                byte[] part = parts.get(i);
                deflater.reset();
                int from = Math.max(0, at - WINDOW);
                if (at > from) {
                    deflater.setDictionary(seen, from, at - from);
                }
                deflater.setInput(part);
                deflated[i] = flushed(deflater);
                crcs[i] = Crc32.of(part);
                shifts[i] = Crc32.shiftBy(part.length);
                System.arraycopy(part, 0, seen, at, part.length);
                at += part.length;
                if (i < parts.size() - 1) {
                    Arrays.fill(seen, at, at + gapLength, NEVER_IN_TEXT);
                    at += gapLength;
                }
            }
        } finally {
            deflater.end();
        }
        return new GzipWithGaps(deflated, crcs, shifts, textBytes, gapLength);
    }

    /** The length every gap filler must have. */
    public int gapLength() {
        return gapLength;
    }

    /** The compressed size: what keeping this costs. */
    public int compressedBytes() {
        return Arrays.stream(deflated).mapToInt(d -> d.length).sum();
    }

    /** The whole text as a gzip stream, with {@code gap} in every gap. */
    public byte[] gzip(byte[] gap) {
        if (gap.length != gapLength) {
            throw new IllegalArgumentException("a gap takes " + gapLength + " bytes, not " + gap.length);
        }
        int gaps = deflated.length - 1;
        byte[] out = new byte
                [HEADER.length + compressedBytes() + gaps * (STORED_BLOCK_HEADER + gapLength) + LAST_BLOCK.length + 8];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int at = HEADER.length;
        int gapCrc = Crc32.of(gap);
        int crc = 0;
        for (int i = 0; i < deflated.length; i++) {
            if (i > 0) {
                at = storedBlock(gap, out, at);
                crc = Crc32.combine(crc, gapShift, gapCrc);
            }
            System.arraycopy(deflated[i], 0, out, at, deflated[i].length);
            at += deflated[i].length;
            crc = Crc32.combine(crc, shifts[i], crcs[i]);
        }
        System.arraycopy(LAST_BLOCK, 0, out, at, LAST_BLOCK.length);
        at += LAST_BLOCK.length;
        at = littleEndian(crc, out, at);
        littleEndian(textBytes + gaps * gapLength, out, at);
        return out;
    }

    /** The whole text uncompressed, with {@code gap} in every gap: for the few clients that do not take gzip. */
    public byte[] plain(byte[] gap) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip(gap)))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a stream this class wrote did not read back", e);
        }
    }

    /** Everything deflated so far, ending on a byte boundary with no final block, so more blocks may follow. */
    private static byte[] flushed(Deflater deflater) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length);
        return out.toByteArray();
    }

    /** A stored (uncompressed) block, not the last: a header byte, the length and its complement, the bytes. */
    private static int storedBlock(byte[] bytes, byte[] out, int at) {
        out[at] = 0;
        out[at + 1] = (byte) bytes.length;
        out[at + 2] = (byte) (bytes.length >>> 8);
        out[at + 3] = (byte) ~bytes.length;
        out[at + 4] = (byte) (~bytes.length >>> 8);
        System.arraycopy(bytes, 0, out, at + STORED_BLOCK_HEADER, bytes.length);
        return at + STORED_BLOCK_HEADER + bytes.length;
    }

    private static int littleEndian(int value, byte[] out, int at) {
        for (int i = 0; i < 4; i++) {
            out[at + i] = (byte) (value >>> (8 * i));
        }
        return at + 4;
    }

    /**
     * CRC-32 arithmetic for joining checksums, as zlib's {@code crc32_combine} does it: the checksum of A then B is
     * A's checksum times x^(8·|B|) modulo the CRC polynomial, plus B's checksum. Bits are reflected, as in gzip.
     */
    static final class Crc32 {
        private static final int POLYNOMIAL = 0xedb88320;
        /** x^(2^n) modulo the polynomial, for n = 0..31. */
        private static final int[] X_TO_2_TO_N = new int[32];

        static {
            int p = 1 << 30; // x^1
            X_TO_2_TO_N[0] = p;
            for (int n = 1; n < 32; n++) {
                X_TO_2_TO_N[n] = p = times(p, p);
            }
        }

        private Crc32() {}

        static int of(byte[] bytes) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return (int) crc.getValue();
        }

        /** The factor x^(8·bytes) modulo the polynomial: what moves a checksum past that many bytes. */
        static int shiftBy(int bytes) {
            int p = 1 << 31; // x^0
            int k = 3; // 8 = 2^3 bits a byte
            for (int n = bytes; n != 0; n >>>= 1, k++) {
                if ((n & 1) != 0) {
                    p = times(X_TO_2_TO_N[k & 31], p);
                }
            }
            return p;
        }

        /** The checksum of A then B, from A's checksum, the shift by B's length, and B's checksum. */
        static int combine(int crcA, int shiftB, int crcB) {
            return times(shiftB, crcA) ^ crcB;
        }

        /** a·b modulo the polynomial. */
        static int times(int a, int b) {
            int product = 0;
            for (int m = 1 << 31; m != 0; m >>>= 1) {
                if ((a & m) != 0) {
                    product ^= b;
                }
                b = (b & 1) != 0 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
            }
            return product;
        }
    }
}
