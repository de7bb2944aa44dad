package th.otop.webkit;

import io.micronaut.context.MessageSource;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.messageresolver.StandardMessageResolver;

/**
 * The templates' {@code #{...}} texts from the apps' {@link MessageSource}, each looked up once per language, and the
 * template engine's only message resolver. A page shows a hundred texts; each went through every message bundle and
 * was interpolated twice by Micronaut's resolver, and missing from it, also looked for in property files beside the
 * template by Thymeleaf's default one, which the engine kept as well: together a tenth of a page's rendering.
 */
@Singleton
class TemplateMessages extends AbstractMessageResolver implements BeanCreatedEventListener<TemplateEngine> {
    /** Languages come from the visitor's Accept-Language too; past this many the rare ones are not cached. */
    private static final int CACHED_LOCALES = 16;

    private final MessageSource messages;
    private final Map<Locale, Map<String, Optional<String>>> byLocale = new ConcurrentHashMap<>();
    /** Only for the "??key_locale??" shown for a missing text, as Thymeleaf writes it. */
    private final StandardMessageResolver absent = new StandardMessageResolver();

    TemplateMessages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        TemplateEngine engine = event.getBean();
        engine.setMessageResolver(this);
        return engine;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        Locale locale = context.getLocale();
        Optional<String> raw = cacheFor(locale)
                .map(texts -> texts.computeIfAbsent(key, k -> raw(k, locale)))
                .orElseGet(() -> raw(key, locale));
        if (raw.isEmpty()) {
            return null;
        }
        MessageSource.MessageContext arguments = MessageSource.MessageContext.of(locale, arguments(messageParameters));
        return messages.interpolate(raw.get(), arguments);
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return absent.createAbsentMessageRepresentation(context, origin, key, messageParameters);
    }

    private Optional<Map<String, Optional<String>>> cacheFor(Locale locale) {
        Map<String, Optional<String>> texts = byLocale.get(locale);
        if (texts == null && byLocale.size() < CACHED_LOCALES) {
            texts = byLocale.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        }
        return Optional.ofNullable(texts);
    }

    private Optional<String> raw(String key, Locale locale) {
        return messages.getRawMessage(key, MessageSource.MessageContext.of(locale));
    }

    /** {@code #{key(a, b)}} names its arguments {0} and {1}, as in the bundles. */
    private static Map<String, Object> arguments(Object[] parameters) {
        if (parameters == null || parameters.length == 0) {
            return Map.of();
        }
        Map<String, Object> named = new HashMap<>();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] != null) {
                named.put(String.valueOf(i), parameters[i].toString());
            }
        }
        return named;
    }
}
