package th.otop.catalog.community;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record OccupationalGroup(
        long id, String nameTh, @Nullable String nameEn, @Nullable Long programmeId, int households) {}
