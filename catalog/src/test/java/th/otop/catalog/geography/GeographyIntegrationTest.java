package th.otop.catalog.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void districtsSubdistrictsAndPostcodesCoverTheCountry() {
        int districts = 0;
        for (Province province : geography.provinces()) {
            districts += geography.districts(province.id()).size();
        }
        assertEquals(928, districts);
        District muang = geography.districts(32).stream()
                .filter(d -> d.nameTh().equals("เมืองสุรินทร์"))
                .findFirst()
                .orElseThrow();
        Subdistrict naiMueang = geography.subdistricts(muang.id()).stream()
                .filter(s -> s.nameTh().equals("ในเมือง"))
                .findFirst()
                .orElseThrow();
        assertEquals(java.util.List.of("32000"), naiMueang.postcodes());
        org.junit.jupiter.api.Assertions.assertTrue(geography.isPostcodeOf("32000", 32));
        org.junit.jupiter.api.Assertions.assertFalse(
                geography.isPostcodeOf("32000", 50), "a Surin postcode in Chiang Mai");
        org.junit.jupiter.api.Assertions.assertFalse(geography.isPostcodeOf("99999", 32));
    }

    @Test
    void listsAreInThaiDictionaryOrderNotCharacterOrder() {
        assertTrue(Geography.THAI_ORDER.compare("เกาะคา", "ขาม") < 0, "a leading vowel sorts after its consonant");
        assertTrue("เกาะคา".compareTo("ขาม") > 0, "while by character code it comes last");
        java.util.List<String> names =
                geography.provinces().stream().map(Province::nameTh).toList();
        assertTrue(names.indexOf("เชียงใหม่") < names.indexOf("ตรัง"), names.toString());
        assertTrue(names.indexOf("ตรัง") < names.indexOf("แพร่"), names.toString());
        java.util.List<String> inEnglish = Geography.inReadingOrder(geography.provinces(), Locale.ENGLISH).stream()
                .map(p -> p.name(Locale.ENGLISH))
                .toList();
        assertEquals("Amnat Charoen", inEnglish.get(0), inEnglish.toString());
        assertTrue(inEnglish.indexOf("Surin") < inEnglish.indexOf("Trang"), inEnglish.toString());
        java.util.List<String> surin =
                geography.districts(32).stream().map(District::nameTh).toList();
        assertTrue(surin.indexOf("เขวาสินรินทร์") < surin.indexOf("จอมพระ"), surin.toString());
        assertTrue(surin.indexOf("โนนนารายณ์") < surin.indexOf("บัวเชด"), surin.toString());
    }
}
