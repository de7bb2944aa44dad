package th.otop.catalog.reference;

import java.util.List;

/** The outcome of every line of one import; a preview changed nothing. */
public record ImportReport(ReferenceKind kind, boolean preview, List<LineOutcome> lines) {
    public long count(LineOutcome.Change change) {
        return lines.stream().filter(l -> l.change() == change).count();
    }

    public List<LineOutcome> refused() {
        return lines.stream().filter(LineOutcome::refused).toList();
    }
}
