package th.otop.storefront.outlet;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server for inline SVG (no scripts, no style attributes): one row per bar, the
 * label above the bar and the value at its end, scaled to the largest value (or to {@code scale} when given).
 */
record BarChart(String title, int width, int height, List<Bar> bars) {
    static final int WIDTH = 320;
    private static final int ROW = 38;
    private static final String[] FILLS = {"#8a3b12", "#1e6b52", "#1e3a8a", "#a16207", "#6b21a8", "#9f1239"};

    public record Bar(
            String label, String value, int labelY, int barY, int barWidth, int valueX, int valueY, String fill) {}

    public record Entry(String label, long value, String valueLabel) {}

    static BarChart of(String title, List<Entry> entries, long scale) {
        long max = Math.max(
                1,
                Math.max(scale, entries.stream().mapToLong(Entry::value).max().orElse(0)));
        int barRoom = WIDTH - 90;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int top = i * ROW;
            int width = (int) Math.max(e.value() > 0 ? 2 : 0, Math.round((double) e.value() / max * barRoom));
            bars.add(new Bar(
                    e.label(),
                    e.valueLabel(),
                    top + 13,
                    top + 18,
                    width,
                    width + 6,
                    top + 31,
                    FILLS[i % FILLS.length]));
        }
        return new BarChart(title, WIDTH, Math.max(ROW, entries.size() * ROW), bars);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
