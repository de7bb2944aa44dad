package th.otop.catalog.wholesale;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Comparator;
import java.util.List;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.validation.Checks;
import th.otop.catalog.validation.FieldError;

/**
 * How one product sells wholesale. An order line must be at least {@code minOrderQuantity} and a whole number of cases
 * of {@code casePack} units; its unit price is the tier with the largest minimum not above the quantity.
 */
@Serdeable
public record WholesaleTerms(
        ProductId productId, int minOrderQuantity, int casePack, boolean acceptsNetTerms, List<PriceTier> tiers) {
    public static final int MAX_QUANTITY = 100_000;
    public static final long MAX_UNIT_PRICE_SATANG = 10_000_000_00L;

    public WholesaleTerms {
        tiers = tiers.stream()
                .sorted(Comparator.comparingInt(PriceTier::minQuantity))
                .toList();
    }

    /** The unit price for this quantity; the lowest tier applies below its own minimum too (never happens once checked). */
    public long unitPriceSatang(int quantity) {
        PriceTier applied = tiers.get(0);
        for (PriceTier tier : tiers) {
            if (tier.minQuantity() <= quantity) {
                applied = tier;
            }
        }
        return applied.unitPriceSatang();
    }

    /** Adds the reasons this quantity cannot be ordered, naming the product, in Thai and English. */
    public Checks checkQuantity(Checks checks, String field, String titleTh, String titleEn, int quantity) {
        if (quantity < minOrderQuantity) {
            return checks.require(
                    false,
                    field,
                    "\"" + titleTh + "\" สั่งขั้นต่ำ " + minOrderQuantity + " ชิ้น (สั่งไว้ " + quantity + " ชิ้น)",
                    "\"" + titleEn + "\" has a minimum order of " + minOrderQuantity + " units (you ordered " + quantity
                            + ")");
        }
        if (quantity > MAX_QUANTITY) {
            return checks.range(quantity, minOrderQuantity, MAX_QUANTITY, field, "จำนวน", "The quantity");
        }
        if (quantity % casePack != 0) {
            int lower = quantity / casePack * casePack;
            int upper = lower + casePack;
            String options = lower >= minOrderQuantity ? lower + " / " + upper : String.valueOf(upper);
            return checks.require(
                    false,
                    field,
                    "\"" + titleTh + "\" ขายยกลัง ลังละ " + casePack + " ชิ้น ลองสั่ง " + options + " ชิ้น",
                    "\"" + titleEn + "\" is sold in cases of " + casePack + ": try " + options + " units");
        }
        return checks;
    }

    /** The smallest orderable quantity not below {@code wanted}: at least the minimum, in whole cases. */
    public int roundUp(int wanted) {
        int q = Math.max(wanted, minOrderQuantity);
        return (q + casePack - 1) / casePack * casePack;
    }

    void validate() {
        checks().throwIfInvalid();
    }

    /** Every rule these terms break, for a form that reports them beside the fields it could not read. */
    public List<FieldError> problems() {
        return checks().errors();
    }

    private Checks checks() {
        Checks checks = new Checks()
                .range(minOrderQuantity, 1, MAX_QUANTITY, "minOrderQuantity", "จำนวนสั่งขั้นต่ำ", "The minimum order")
                .range(casePack, 1, 10_000, "casePack", "จำนวนต่อลัง", "The case pack")
                .require(
                        tiers != null && !tiers.isEmpty() && tiers.size() <= 10,
                        "tiers",
                        "กรุณาตั้งราคาส่ง 1 ถึง 10 ขั้น",
                        "Set 1 to 10 wholesale price tiers");
        if (tiers != null && !tiers.isEmpty()) {
            checks.require(
                    tiers.get(0).minQuantity() <= minOrderQuantity,
                    "tiers",
                    "ราคาส่งขั้นแรกต้องเริ่มไม่เกินจำนวนสั่งขั้นต่ำ",
                    "The first price tier must start at or below the minimum order");
            for (int i = 0; i < tiers.size(); i++) {
                PriceTier t = tiers.get(i);
                checks.range(t.minQuantity(), 1, MAX_QUANTITY, "tiers", "จำนวนของราคาส่ง", "A tier's quantity")
                        .range(t.unitPriceSatang(), 1, MAX_UNIT_PRICE_SATANG, "tiers", "ราคาส่ง", "A wholesale price");
                if (i > 0) {
                    PriceTier before = tiers.get(i - 1);
                    checks.require(
                            t.minQuantity() > before.minQuantity() && t.unitPriceSatang() <= before.unitPriceSatang(),
                            "tiers",
                            "ขั้นราคาต้องเรียงจำนวนจากน้อยไปมาก และราคาไม่สูงขึ้น",
                            "Tiers must go up in quantity and not up in price");
                }
            }
        }
        return checks;
    }
}
