package th.otop.webkit;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Thai and English texts: {@code i18n/common*.properties} here for what both apps show, each app's own
 * {@code i18n/messages*.properties}, {@code i18n/community*.properties} for the community and
 * wholesale pages and {@code i18n/officer*.properties} for the officers' back office. Micronaut composes every MessageSource bean into one.
 */
@Factory
class Messages {
    @Singleton
    @Named("common")
    MessageSource common() {
        return new ResourceBundleMessageSource("i18n.common");
    }

    @Singleton
    @Named("app")
    MessageSource app() {
        return new ResourceBundleMessageSource("i18n.messages");
    }

    @Singleton
    @Named("officer")
    MessageSource officer() {
        return new ResourceBundleMessageSource("i18n.officer");
    }

    @Singleton
    @Named("community")
    MessageSource community() {
        return new ResourceBundleMessageSource("i18n.community");
    }
}
