package th.otop.webkit.security;

import io.micronaut.context.env.ActiveEnvironment;
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
 * Loads {@code otop-security.yml}, the sign-in and CSRF settings both apps share, below each app's own
 * {@code application.yml} (which may override any of them).
 */
public final class SecurityDefaults implements PropertySourceLoader {
    private static final String FILE = "classpath:otop-security.yml";
    private static final int POSITION = YamlPropertySourceLoader.DEFAULT_POSITION - 90;
    private final YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        return resourceLoader.getResourceAsStream(FILE).map(in -> {
            try (in) {
                return PropertySource.of("otop-security", read(FILE, in), POSITION);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + FILE, e);
            }
        });
    }

    @Override
    public Optional<PropertySource> loadEnv(
            String resourceName, ResourceLoader resourceLoader, ActiveEnvironment environment) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> read(String name, InputStream input) throws IOException {
        return yaml.read(name, input);
    }
}
