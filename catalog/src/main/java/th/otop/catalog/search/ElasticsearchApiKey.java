package th.otop.catalog.search;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.message.BasicHeader;

/** Sends {@code OTOP_ES_API_KEY} with every request, for clusters with security on (Elastic Cloud and the like). */
@Singleton
@Requires(property = "otop.elasticsearch.api-key", pattern = ".+")
class ElasticsearchApiKey implements BeanCreatedEventListener<HttpAsyncClientBuilder> {
    private final String apiKey;

    ElasticsearchApiKey(@Value("${otop.elasticsearch.api-key}") String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public HttpAsyncClientBuilder onCreated(BeanCreatedEvent<HttpAsyncClientBuilder> event) {
        return event.getBean().setDefaultHeaders(List.of(new BasicHeader("Authorization", "ApiKey " + apiKey)));
    }
}
