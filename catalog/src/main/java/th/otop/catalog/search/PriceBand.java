package th.otop.catalog.search;

import io.micronaut.core.annotation.Nullable;

/** Price bands of the price facet, in satang; the upper bound is exclusive. */
public enum PriceBand {
    UNDER_100(null, 10_000L),
    FROM_100_TO_300(10_000L, 30_000L),
    FROM_300_TO_1000(30_000L, 100_000L),
    FROM_1000_TO_3000(100_000L, 300_000L),
    OVER_3000(300_000L, null);

    private final Long fromSatang;
    private final Long toSatang;

    PriceBand(@Nullable Long fromSatang, @Nullable Long toSatang) {
        this.fromSatang = fromSatang;
        this.toSatang = toSatang;
    }

    @Nullable
    public Long fromSatang() {
        return fromSatang;
    }

    @Nullable
    public Long toSatang() {
        return toSatang;
    }

    public boolean contains(long satang) {
        return (fromSatang == null || satang >= fromSatang) && (toSatang == null || satang < toSatang);
    }
}
