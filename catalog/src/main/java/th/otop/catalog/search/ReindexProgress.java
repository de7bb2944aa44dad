package th.otop.catalog.search;

/** Told how far a full reindex has come, so a command line or page can show a progress bar. */
@FunctionalInterface
public interface ReindexProgress {
    void indexed(long done, long total);
}
