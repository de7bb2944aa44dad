package th.otop.orders.order;

import th.otop.catalog.producer.ProducerId;
import th.otop.orders.Buyer;

/** Who moved an order, as written in its history: {@code producer:12}, {@code guest:...}, {@code system:expiry}. */
public record Actor(String name) {
    public static Actor buyer(Buyer buyer) {
        return new Actor(buyer.key());
    }

    public static Actor producer(ProducerId producer) {
        return new Actor("producer:" + producer.value());
    }

    /** A CDD officer acting for the platform, by account. */
    public static Actor officer(long account) {
        return new Actor("officer:" + account);
    }

    /** The platform itself: a job, or a payment provider's webhook. */
    public static Actor system(String what) {
        return new Actor("system:" + what);
    }

    boolean isProducer() {
        return name.startsWith("producer:");
    }
}
