package th.otop.webkit;

import io.micronaut.core.io.Writable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Arrays;

/** A page rendered into memory in full, so it is encoded in one go and can be kept for the next guest. */
public record RenderedPage(String html) implements Writable {
    @Override
    public void writeTo(Writer out) throws IOException {
        out.write(html);
    }

    @Override
    public void writeTo(OutputStream out, Charset charset) throws IOException {
        out.write(html.getBytes(charset));
    }

    /** Renders {@code page} into memory. */
    static RenderedPage of(Writable page) throws IOException {
        Text text = new Text();
        page.writeTo(text);
        return new RenderedPage(text.toString());
    }

    /**
     * A {@link java.io.StringWriter} without its lock on each of Thymeleaf's many small writes. It copies into a
     * {@code char[]}: a {@link StringBuilder} would copy a range of a Thai string one {@code charAt} at a time.
     */
    private static final class Text extends Writer {
        private static final int TYPICAL_PAGE_CHARS = 32 * 1024;
        private char[] chars = new char[TYPICAL_PAGE_CHARS];
        private int length;

        @Override
        public void write(char[] buffer, int offset, int count) {
            ensure(count);
            System.arraycopy(buffer, offset, chars, length, count);
            length += count;
        }

        @Override
        public void write(String text, int offset, int count) {
            ensure(count);
            text.getChars(offset, offset + count, chars, length);
            length += count;
        }

        @Override
        public void write(int c) {
            ensure(1);
            chars[length++] = (char) c;
        }

        private void ensure(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
