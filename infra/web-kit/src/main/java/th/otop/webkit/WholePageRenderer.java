package th.otop.webkit;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Renders each page into memory and encodes it in one go. Thymeleaf writes a page in hundreds of small pieces, and
 * encoding each piece straight into the response took about a quarter of a product page's time. A template error
 * now also fails before anything is sent, so the visitor gets the error page rather than half a page.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class WholePageRenderer<T> extends ThymeleafViewsRenderer<T> {
    private static final int TYPICAL_PAGE_CHARS = 32 * 1024;

    WholePageRenderer(
            AbstractConfigurableTemplateResolver templateResolver,
            TemplateEngine engine,
            ClassPathResourceLoader resourceLoader,
            HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
        RecordPropertyAccessor.install();
        InterfaceClassCache.install();
    }

    @Override
    @NonNull
    public Writable render(@NonNull String viewName, @Nullable T data, @Nullable HttpRequest<?> request) {
        Writable page = super.render(viewName, data, request);
        return new Writable() {
            @Override
            public void writeTo(Writer out) throws IOException {
                out.write(rendered(page));
            }

            @Override
            public void writeTo(OutputStream out, Charset charset) throws IOException {
                out.write(rendered(page).getBytes(charset));
            }
        };
    }

    private static String rendered(Writable page) throws IOException {
        Text text = new Text();
        page.writeTo(text);
        return text.chars.toString();
    }

    /** A {@link java.io.StringWriter} without its lock on every one of the many small writes. */
    private static final class Text extends Writer {
        private final StringBuilder chars = new StringBuilder(TYPICAL_PAGE_CHARS);

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars.append(buffer, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            chars.append(text, offset, offset + length);
        }

        @Override
        public void write(int c) {
            chars.append((char) c);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
