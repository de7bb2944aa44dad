package th.otop.sellerportal.sales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartTest {
    @Test
    void columnsAreProportionalAndStandOnTheAxis() {
        SvgChart chart = SvgChart.columns(
                List.of(
                        new SvgChart.Point("1", 0, "฿0"),
                        new SvgChart.Point("2", 50, "฿50"),
                        new SvgChart.Point("3", 100, "฿100"),
                        new SvgChart.Point("4", 1, "฿1")),
                2);
        List<SvgChart.Bar> bars = chart.bars();
        assertEquals(0, bars.get(0).height());
        assertEquals(bars.get(2).height(), 2 * bars.get(1).height(), 1);
        assertTrue(bars.get(3).height() >= 1, "a small sale still shows");
        for (SvgChart.Bar bar : bars) {
            assertEquals(bars.get(0).y() + bars.get(0).height(), bar.y() + bar.height(), "all end on the axis");
            assertTrue(bar.x() >= 0 && bar.x() + bar.width() <= SvgChart.WIDTH);
        }
        assertTrue(bars.get(3).labelled(), "the newest column is labelled");
        assertFalse(bars.get(2).labelled());
        assertTrue(bars.get(1).labelled());
        assertFalse(chart.empty());
    }

    @Test
    void rowsGrowWithTheirValueAndAnEmptyChartSaysSo() {
        SvgChart chart = SvgChart.rows(
                List.of(new SvgChart.Point("ผ้าไหม", 300, "฿300"), new SvgChart.Point("ตะกร้า", 100, "฿100")),
                List.of("bar a"));
        assertEquals(3 * chart.bars().get(1).width(), chart.bars().get(0).width(), 2);
        assertTrue(chart.bars().get(1).y() > chart.bars().get(0).y());
        assertEquals("bar a", chart.bars().get(0).css());
        assertEquals("bar", chart.bars().get(1).css());
        assertTrue(SvgChart.rows(List.of(new SvgChart.Point("x", 0, "0"))).empty());
    }

    @Test
    void periodsStartOnTheirFirstDayAndCoverTheirBuckets() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertEquals(LocalDate.of(2026, 11, 23), Period.WEEK.startOf(wednesday));
        assertEquals(LocalDate.of(2026, 11, 1), Period.MONTH.startOf(wednesday));
        assertEquals(LocalDate.of(2025, 12, 1), Period.MONTH.first(wednesday), "12 months ending with this one");
        assertEquals(LocalDate.of(2026, 10, 27), Period.DAY.first(wednesday), "30 days ending today");
        assertEquals(Period.DAY, Period.parse("nonsense"));
        assertEquals(Period.MONTH, Period.parse("month"));
    }
}
