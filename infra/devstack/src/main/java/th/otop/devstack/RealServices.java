package th.otop.devstack;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Implemented by {@code @MicronautTest} integration tests: the application context of the test class
 * talks to the real database and Elasticsearch, in a database and index prefix of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public interface RealServices extends TestPropertyProvider {
    @Override
    default Map<String, String> getProperties() {
        return TestServices.isolatedProperties(getClass());
    }

    @AfterAll
    default void dropTestIndices() {
        TestServices.dropIndices(getClass());
    }
}
