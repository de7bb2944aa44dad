package th.otop.webkit.address;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.geography.District;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Subdistrict;

/**
 * Builds the address picker's options from what a form holds. Without JavaScript a form shows the districts once a
 * province was chosen and posted with the picker's "choose" button ({@link #isChooseStep}), and so on down to the
 * postcode; the controller then shows the same form again instead of saving it.
 */
@Singleton
public class AddressPicker {
    /** The name of the picker's "choose" buttons (in {@code fragments/address.html}): a post carrying it asks for the next level. */
    public static final String CHOOSE = "addressChoose";

    private final Geography geography;

    AddressPicker(Geography geography) {
        this.geography = geography;
    }

    public static boolean isChooseStep(Map<String, String> form) {
        return form.containsKey(CHOOSE);
    }

    /** The picker for a form's fields {@code provinceId}, {@code district}, {@code subdistrict} and {@code postcode}. */
    public AddressChoices choices(Map<String, ?> form) {
        return choices(
                text(form.get("provinceId")),
                text(form.get("district")),
                text(form.get("subdistrict")),
                text(form.get("postcode")));
    }

    public AddressChoices choices(
            @Nullable String provinceId,
            @Nullable String district,
            @Nullable String subdistrict,
            @Nullable String postcode) {
        String province = text(provinceId).strip();
        List<District> districts =
                province.matches("\\d{1,3}") ? geography.districts(Integer.parseInt(province)) : List.of();
        Optional<District> chosenDistrict = districts.stream()
                .filter(d -> d.nameTh().equals(text(district).strip()))
                .findFirst();
        List<Subdistrict> subdistricts =
                chosenDistrict.map(d -> geography.subdistricts(d.id())).orElse(List.of());
        Optional<Subdistrict> chosenSubdistrict = subdistricts.stream()
                .filter(s -> s.nameTh().equals(text(subdistrict).strip()))
                .findFirst();
        String typedPostcode = text(postcode).strip();
        String shownPostcode = typedPostcode.isEmpty()
                        && chosenSubdistrict.isPresent()
                        && chosenSubdistrict.get().postcodes().size() == 1
                ? chosenSubdistrict.get().postcodes().get(0)
                : typedPostcode;
        return new AddressChoices(
                geography.provinces(),
                districts,
                subdistricts,
                province,
                text(district),
                text(subdistrict),
                shownPostcode);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
