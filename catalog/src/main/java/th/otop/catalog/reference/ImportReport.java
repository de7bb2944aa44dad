package th.otop.catalog.reference;

import java.util.List;

/** The outcome of every line of one import; a preview changed nothing. */
public record ImportReport(ReferenceKind kind, boolean preview, List<LineOutcome> lines) {
    public long count(LineOutcome.Change change) {
        return lines.stream().filter(l -> l.change() == change).count();
    }

    /** Added, updated, removed, unchanged and refused lines, in that order, for the summary line. */
    public List<Long> counts() {
        return List.of(
                count(LineOutcome.Change.ADDED),
                count(LineOutcome.Change.UPDATED),
                count(LineOutcome.Change.REMOVED),
                count(LineOutcome.Change.UNCHANGED),
                count(LineOutcome.Change.REFUSED));
    }

    public List<LineOutcome> refused() {
        return lines.stream().filter(LineOutcome::refused).toList();
    }
}
