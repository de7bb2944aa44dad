package th.otop.catalog.search;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts search impressions per producer segment (all, group D, sammachip), the exposure side of the
 * fair-exposure report. Counted in memory and written every few seconds, so searching stays fast; a
 * crash loses at most those few seconds of counts.
 */
@Singleton
public class ExposureCounter {
    public enum Segment {
        ALL,
        GROUP_D,
        SAMMACHIP
    }

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private final Map<Segment, LongAdder> pending = new ConcurrentHashMap<>();
    private final JdbcOperations jdbc;

    ExposureCounter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void count(List<SearchResults.Hit> shown) {
        for (SearchResults.Hit hit : shown) {
            add(Segment.ALL);
            if (hit.isGroupD()) {
                add(Segment.GROUP_D);
            }
            if (hit.sammachip()) {
                add(Segment.SAMMACHIP);
            }
        }
    }

    private void add(Segment segment) {
        pending.computeIfAbsent(segment, s -> new LongAdder()).increment();
    }

    @Scheduled(fixedDelay = "5s")
    @Transactional
    public void flush() {
        LocalDate today = LocalDate.now(BANGKOK);
        for (Segment segment : Segment.values()) {
            LongAdder adder = pending.get(segment);
            long count = adder == null ? 0 : adder.sumThenReset();
            if (count == 0) {
                continue;
            }
            jdbc.prepareStatement(
                    "INSERT INTO search_exposure (day, segment, impressions) VALUES (?,?,?) "
                            + "ON DUPLICATE KEY UPDATE impressions = impressions + ?",
                    ps -> {
                        ps.setObject(1, today);
                        ps.setString(2, segment.name());
                        ps.setLong(3, count);
                        ps.setLong(4, count);
                        return ps.executeUpdate();
                    });
        }
    }

    /** Impressions per segment between two days (inclusive), after writing what is still in memory. */
    @Transactional
    public Map<Segment, Long> impressions(LocalDate from, LocalDate to) {
        flush();
        return jdbc.prepareStatement(
                "SELECT segment, SUM(impressions) FROM search_exposure WHERE day BETWEEN ? AND ? GROUP BY segment",
                ps -> {
                    ps.setObject(1, from);
                    ps.setObject(2, to);
                    Map<Segment, Long> totals = new java.util.EnumMap<>(Segment.class);
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            totals.put(Segment.valueOf(rs.getString(1)), rs.getLong(2));
                        }
                    }
                    return totals;
                });
    }
}
