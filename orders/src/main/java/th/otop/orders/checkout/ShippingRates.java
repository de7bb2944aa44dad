package th.otop.orders.checkout;

import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shipping fee of one producer's parcel by its weight, like Thailand Post's EMS table. Configured as {@code
 * otop.orders.shipping.rates: "250=4200,500=5200,..."} (up to so many grams = fee in satang) and {@code
 * otop.orders.shipping.extra-kg-satang} for every started kilogram above the heaviest step.
 */
@Singleton
public class ShippingRates {
    static final String EMS_2024 = "20=3200,100=3700,250=4200,500=5200,1000=6700,1500=8200,2000=9700,2500=12200,"
            + "3000=13700,3500=15700,4000=17700,4500=19700,5000=21700,6000=26700,7000=31700,8000=36700,9000=42700,"
            + "10000=48700";

    private final TreeMap<Integer, Long> feeUpTo = new TreeMap<>();
    private final long extraKgSatang;

    ShippingRates(
            @Property(name = "otop.orders.shipping.rates", defaultValue = EMS_2024) List<String> rates,
            @Property(name = "otop.orders.shipping.extra-kg-satang", defaultValue = "3000") long extraKgSatang) {
        for (String step : rates) {
            String[] parts = step.strip().split("=");
            if (parts.length != 2) {
                throw new IllegalStateException("otop.orders.shipping.rates: '" + step + "' is not grams=satang");
            }
            feeUpTo.put(Integer.parseInt(parts[0].strip()), Long.parseLong(parts[1].strip()));
        }
        if (feeUpTo.isEmpty()) {
            throw new IllegalStateException("otop.orders.shipping.rates is empty");
        }
        this.extraKgSatang = extraKgSatang;
    }

    public long feeSatang(int grams) {
        Map.Entry<Integer, Long> step = feeUpTo.ceilingEntry(Math.max(grams, 0));
        if (step != null) {
            return step.getValue();
        }
        Map.Entry<Integer, Long> heaviest = feeUpTo.lastEntry();
        long extraKg = (grams - heaviest.getKey() + 999) / 1000;
        return heaviest.getValue() + extraKg * extraKgSatang;
    }
}
