package th.otop.catalog.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import th.otop.devstack.RealServices;

@MicronautTest(transactional = false)
class GeographyIntegrationTest implements RealServices {
    @Inject
    Geography geography;

    @Test
    void allSeventySevenProvincesComeBackWithTheirThaiNames() {
        assertEquals(77, geography.provinces().size());
        Province surin = geography.province(32).orElseThrow();
        assertEquals("สุรินทร์", surin.nameTh());
        assertEquals("Surin", surin.name(Locale.ENGLISH));
        assertEquals(Region.NORTHEAST, surin.region());
    }

    @Test
    void regionsGroupTheProvinces() {
        assertEquals(20, geography.provinces(Region.NORTHEAST).size());
        assertEquals(14, geography.provinces(Region.SOUTH).size());
        int total = 0;
        for (Region region : Region.values()) {
            total += geography.provinces(region).size();
        }
        assertEquals(77, total);
    }
}
