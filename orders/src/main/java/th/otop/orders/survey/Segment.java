package th.otop.orders.survey;

/** The CDD's customer segments; a consumer's first purchase makes a "future" customer, later ones "current". */
public enum Segment {
    CONSUMER,
    OUTLET,
    PRODUCER
}
