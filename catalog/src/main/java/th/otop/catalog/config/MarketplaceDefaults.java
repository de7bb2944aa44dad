package th.otop.catalog.config;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.core.io.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@code otop-defaults.yml} below every app's own {@code application.yml}, so the database and
 * search settings are written once for both apps and for the library tests.
 */
public final class MarketplaceDefaults implements PropertySourceLoader {
    private static final String FILE = "classpath:otop-defaults.yml";
    private static final int POSITION = YamlPropertySourceLoader.DEFAULT_POSITION - 100;
    private final YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        return resourceLoader.getResourceAsStream(FILE).map(in -> {
            try (in) {
                return PropertySource.of("otop-defaults", read(FILE, in), POSITION);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + FILE, e);
            }
        });
    }

    @Override
    public Optional<PropertySource> loadEnv(
            String resourceName,
            ResourceLoader resourceLoader,
            io.micronaut.context.env.ActiveEnvironment environment) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> read(String name, InputStream input) throws IOException {
        return yaml.read(name, input);
    }
}
