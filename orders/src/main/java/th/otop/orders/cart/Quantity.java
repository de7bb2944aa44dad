package th.otop.orders.cart;

import th.otop.catalog.validation.Checks;

/** How many units of one product a line may hold; checked wherever a quantity comes in from a buyer. */
public final class Quantity {
    public static final int MIN = 1;
    public static final int MAX = 999;

    private Quantity() {}

    /** @throws th.otop.catalog.validation.InvalidInputException when the quantity is outside 1..999 */
    public static int check(int quantity) {
        new Checks()
                .range(quantity, MIN, MAX, "quantity", "จำนวน", "The quantity")
                .throwIfInvalid();
        return quantity;
    }
}
