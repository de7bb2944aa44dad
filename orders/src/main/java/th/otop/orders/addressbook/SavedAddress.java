package th.otop.orders.addressbook;

import io.micronaut.serde.annotation.Serdeable;
import th.otop.orders.order.ShippingAddress;

/** One address of a consumer's address book. */
@Serdeable
public record SavedAddress(long id, ShippingAddress address, boolean isDefault) {}
