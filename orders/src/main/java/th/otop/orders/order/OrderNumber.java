package th.otop.orders.order;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The number a buyer and a producer know an order by. The buyer has one number for everything placed together (the
 * checkout's); each producer's part of it is that number with the part's place, {@code k7m2x9q4w1a8-2}, so a buyer
 * calling a shop and the shop looking it up speak of the same thing.
 *
 * @param checkout the checkout's number, which the buyer sees on every page and mail
 * @param part this part's place among the checkout's parts, from 1
 * @param parts how many parts (shops) the checkout has
 */
@Serdeable
public record OrderNumber(String checkout, int part, int parts) {
    /** A part's number as typed back by a person: the checkout's number, a dash and the part. */
    public static final String PATTERN = "[a-z0-9]{12}-\\d{1,3}";

    @Override
    public String toString() {
        return checkout + "-" + part;
    }
}
