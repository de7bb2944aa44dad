package th.otop.orders.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippingRatesTest {
    private final ShippingRates rates = new ShippingRates(List.of("250=4200", "1000=6700", "2000=9700"), 3000);

    @Test
    void aParcelPaysTheFeeOfTheFirstStepItFitsIn() {
        assertEquals(4200, rates.feeSatang(0));
        assertEquals(4200, rates.feeSatang(250));
        assertEquals(6700, rates.feeSatang(251));
        assertEquals(9700, rates.feeSatang(2000));
    }

    @Test
    void everyStartedKilogramAboveTheTablePaysExtra() {
        assertEquals(9700 + 3000, rates.feeSatang(2001));
        assertEquals(9700 + 2 * 3000, rates.feeSatang(3001));
    }

    @Test
    void theDefaultTableIsReadable() {
        ShippingRates ems = new ShippingRates(List.of(ShippingRates.EMS_2024.split(",")), 3000);
        assertEquals(5200, ems.feeSatang(400));
    }
}
