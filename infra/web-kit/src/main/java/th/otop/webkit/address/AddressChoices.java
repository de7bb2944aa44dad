package th.otop.webkit.address;

import java.util.List;
import java.util.Locale;
import th.otop.catalog.geography.District;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Province;
import th.otop.catalog.geography.Subdistrict;

/**
 * What the picker fragment ({@code fragments/address :: picker}) shows: the options of every level the form has
 * reached and the values as typed.
 *
 * @param postcode the typed postcode, or the chosen subdistrict's only postcode when none was typed
 */
public record AddressChoices(
        List<Province> provinces,
        List<District> districts,
        List<Subdistrict> subdistricts,
        String provinceId,
        String district,
        String subdistrict,
        String postcode) {
    /** The provinces in the reader's order: Thai dictionary order in Thai, by their English names in English. */
    public List<Province> provincesFor(Locale locale) {
        return Geography.inReadingOrder(provinces, locale);
    }
}
