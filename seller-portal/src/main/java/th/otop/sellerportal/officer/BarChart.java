package th.otop.sellerportal.officer;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart laid out on the server, drawn by {@code officer/charts.html} as inline SVG (the CSP
 * allows no scripts and no style attributes, and pages load nothing from third parties). Each row is a
 * label line and a bar line, so long Thai labels fit a phone. A series picks the bar's colour.
 */
public record BarChart(String title, List<Bar> bars, int height, List<Legend> legend) {
    static final int WIDTH = 320;
    static final int BAR_SPACE = 230;
    private static final int ROW = 42;
    private static final String[] COLOURS = {"#8a3b12", "#1f6f8b", "#5b8c2a", "#bf8700"};

    public record Bar(
            String label, String value, int labelY, int barY, int barWidth, int valueX, int valueY, String fill) {}

    public record Legend(String label, String fill, int y) {}

    /** Builds bars scaled to the largest value (or to {@code scale} when given, e.g. 1.0 for shares). */
    static Builder titled(String title) {
        return new Builder(title);
    }

    static final class Builder {
        private final String title;
        private final List<String> labels = new ArrayList<>();
        private final List<String> values = new ArrayList<>();
        private final List<Double> amounts = new ArrayList<>();
        private final List<Integer> series = new ArrayList<>();
        private final List<String> seriesNames = new ArrayList<>();
        private double scale;

        private Builder(String title) {
            this.title = title;
        }

        Builder bar(String label, double amount, String shown) {
            return bar(label, amount, shown, 0);
        }

        Builder bar(String label, double amount, String shown, int seriesIndex) {
            labels.add(label);
            amounts.add(Math.max(0, amount));
            values.add(shown);
            series.add(seriesIndex);
            return this;
        }

        Builder series(String... names) {
            seriesNames.addAll(List.of(names));
            return this;
        }

        Builder scale(double fullBar) {
            this.scale = fullBar;
            return this;
        }

        BarChart build() {
            double max = scale > 0
                    ? scale
                    : amounts.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            List<Legend> legend = new ArrayList<>();
            int top = 0;
            if (seriesNames.size() > 1) {
                for (int i = 0; i < seriesNames.size(); i++) {
                    legend.add(new Legend(seriesNames.get(i), COLOURS[i % COLOURS.length], 14 + i * 20));
                }
                top = seriesNames.size() * 20 + 8;
            }
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                int y = top + i * ROW;
                int width = max <= 0 ? 0 : (int) Math.round(BAR_SPACE * Math.min(amounts.get(i) / max, 1.0));
                int shownWidth = amounts.get(i) > 0 ? Math.max(width, 2) : 0;
                bars.add(new Bar(
                        labels.get(i),
                        values.get(i),
                        y + 14,
                        y + 20,
                        shownWidth,
                        shownWidth + 6,
                        y + 33,
                        COLOURS[series.get(i) % COLOURS.length]));
            }
            return new BarChart(title, bars, Math.max(top + labels.size() * ROW + 4, 24), legend);
        }
    }
}
