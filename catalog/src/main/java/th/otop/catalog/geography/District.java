package th.otop.catalog.geography;

import io.micronaut.serde.annotation.Serdeable;

/** An amphoe (district); the id is the provincial administration's four-digit code. */
@Serdeable
public record District(int id, int provinceId, String nameTh) {}
