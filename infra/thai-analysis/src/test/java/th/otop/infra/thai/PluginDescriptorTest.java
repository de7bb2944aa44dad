package th.otop.infra.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

/** Checks the metadata that goes into the plugin zip (target/plugin), since Elasticsearch only reads it at install time. */
class PluginDescriptorTest {

    private static final Path PLUGIN_DIR = Path.of(System.getProperty("otop.build.directory", "target"), "plugin");

    @Test
    void namedComponentsNameRealClassesOfTheRightKind() throws Exception {
        Map<String, Map<String, String>> components = new ObjectMapper()
                .readValue(PLUGIN_DIR.resolve("named_components.json").toFile(), Map.class);
        assertEquals(
                Map.of(
                        "org.elasticsearch.plugin.analysis.TokenizerFactory", Set.of("otop_thai"),
                        "org.elasticsearch.plugin.analysis.TokenFilterFactory", Set.of("otop_edge_ngram")),
                Map.of(
                        "org.elasticsearch.plugin.analysis.TokenizerFactory",
                        components
                                .get("org.elasticsearch.plugin.analysis.TokenizerFactory")
                                .keySet(),
                        "org.elasticsearch.plugin.analysis.TokenFilterFactory",
                        components
                                .get("org.elasticsearch.plugin.analysis.TokenFilterFactory")
                                .keySet()));

        for (var extensible : components.entrySet()) {
            Class<?> api = Class.forName(extensible.getKey());
            for (var component : extensible.getValue().entrySet()) {
                Class<?> impl = Class.forName(component.getValue());
                assertTrue(api.isAssignableFrom(impl), impl + " must implement " + api);
                assertEquals(
                        component.getKey(),
                        impl.getAnnotation(NamedComponent.class).value());
                // Elasticsearch instantiates through the single public constructor
                assertEquals(1, impl.getConstructors().length, impl + " public constructors");
            }
        }
    }

    @Test
    void stableDescriptorHasOnlyTheKeysElasticsearchAccepts() throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(PLUGIN_DIR.resolve("stable-plugin-descriptor.properties"))) {
            props.load(in);
        }
        // any other key (classname, modulename, extended.plugins...) fails the install with "Unknown properties"
        assertEquals(
                Set.of("name", "description", "version", "elasticsearch.version", "java.version"),
                props.stringPropertyNames());
        assertEquals("otop-thai-analysis", props.getProperty("name"));
        assertEquals("0.1.0", props.getProperty("version"));
        assertEquals("8.19.21", props.getProperty("elasticsearch.version"));
        assertEquals("17", props.getProperty("java.version"));
    }
}
