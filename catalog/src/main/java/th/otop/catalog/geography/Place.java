package th.otop.catalog.geography;

import io.micronaut.core.annotation.Nullable;

/**
 * Where an address is, as the pickers give it: the province by id, the district (amphoe/khet) and subdistrict
 * (tambon/khwaeng) by their Thai names, which is how addresses are stored and printed, and the postcode.
 *
 * @param postcode null for a place kept without one (a producer's shop); blank when a postcode is asked but missing
 */
public record Place(
        int provinceId, @Nullable String district, @Nullable String subdistrict, @Nullable String postcode) {}
