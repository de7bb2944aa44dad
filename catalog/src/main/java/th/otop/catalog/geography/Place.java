package th.otop.catalog.geography;

import io.micronaut.core.annotation.Nullable;

/**
 * Where an address is, as the pickers give it: the province by id, the district (amphoe/khet) and subdistrict
 * (tambon/khwaeng) by their Thai names, which is how addresses are stored and printed, and the postcode.
 */
public record Place(
        int provinceId, @Nullable String district, @Nullable String subdistrict, @Nullable String postcode) {}
