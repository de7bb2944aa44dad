package th.otop.sellerportal.sales;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server, drawn by the template as inline SVG with presentation attributes and CSS
 * classes (the pages' CSP allows no scripts and no style attributes). Coordinates are in the SVG's own units; the
 * SVG scales to the screen's width.
 *
 * @param kind {@code columns} (time on the x axis) or {@code rows} (a ranking, one labelled bar per row)
 */
record SvgChart(String kind, int width, int height, List<Bar> bars, boolean empty) {
    static final int WIDTH = 320;
    private static final int COLUMNS_HEIGHT = 150;
    private static final int AXIS = 18;
    private static final int ROW = 38;

    /** One value: its label (a date, a product, a province), the number and how to show it. */
    record Point(String label, long value, String valueLabel) {}

    /**
     * A bar and where its texts go. {@code labelled} says whether this column's label is written under it (only every
     * few columns are, so they never overlap); every bar has a {@code <title>} with its label and value anyway.
     */
    record Bar(
            String label,
            String valueLabel,
            int x,
            int y,
            int width,
            int height,
            int textX,
            int textY,
            int valueX,
            int valueY,
            boolean labelled,
            String css) {}

    /** Vertical columns over time, oldest on the left; every {@code labelEvery}-th column is labelled. */
    static SvgChart columns(List<Point> points, int labelEvery) {
        long max = max(points);
        int n = Math.max(points.size(), 1);
        double slot = (double) WIDTH / n;
        int barWidth = Math.max(1, (int) Math.floor(slot * 0.75));
        int plot = COLUMNS_HEIGHT - AXIS;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int h = max == 0 ? 0 : (int) Math.round((double) p.value() * (plot - 4) / max);
            if (p.value() > 0 && h == 0) {
                h = 1;
            }
            int x = (int) Math.round(i * slot + (slot - barWidth) / 2);
            bars.add(new Bar(
                    p.label(),
                    p.valueLabel(),
                    x,
                    plot - h,
                    barWidth,
                    h,
                    x + barWidth / 2,
                    COLUMNS_HEIGHT - 4,
                    x + barWidth / 2,
                    Math.max(plot - h - 3, 10),
                    (points.size() - 1 - i) % labelEvery == 0,
                    "bar"));
        }
        return new SvgChart("columns", WIDTH, COLUMNS_HEIGHT, bars, max == 0);
    }

    /** One row per point, biggest first as given: the label above its bar, the value after it. */
    static SvgChart rows(List<Point> points) {
        return rows(points, List.of());
    }

    /** Rows with their own CSS classes (the status chart colours each state). */
    static SvgChart rows(List<Point> points, List<String> classes) {
        long max = max(points);
        int valueSpace = 90;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int w = max == 0 ? 0 : (int) Math.round((double) p.value() * (WIDTH - valueSpace) / max);
            if (p.value() > 0 && w == 0) {
                w = 1;
            }
            int top = i * ROW;
            bars.add(new Bar(
                    p.label(),
                    p.valueLabel(),
                    0,
                    top + 18,
                    w,
                    14,
                    0,
                    top + 13,
                    w + 4,
                    top + 30,
                    true,
                    i < classes.size() ? classes.get(i) : "bar"));
        }
        return new SvgChart("rows", WIDTH, Math.max(points.size() * ROW, ROW), bars, max == 0);
    }

    private static long max(List<Point> points) {
        return points.stream().mapToLong(Point::value).max().orElse(0);
    }
}
