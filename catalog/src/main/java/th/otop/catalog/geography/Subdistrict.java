package th.otop.catalog.geography;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A tambon (subdistrict) with the postcodes that serve it. */
@Serdeable
public record Subdistrict(int id, int districtId, String nameTh, List<String> postcodes) {}
