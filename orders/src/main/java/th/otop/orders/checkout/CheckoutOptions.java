package th.otop.orders.checkout;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.validation.Checks;
import th.otop.orders.cart.Cart;
import th.otop.orders.payment.PaymentGateways;
import th.otop.orders.payment.PaymentMethod;

/** What the checkout page offers for a cart: the payment methods its producers allow, and each parcel's shipping. */
@Singleton
public class CheckoutOptions {
    private final Producers producers;
    private final PaymentGateways gateways;
    private final ShippingRates shipping;

    CheckoutOptions(Producers producers, PaymentGateways gateways, ShippingRates shipping) {
        this.producers = producers;
        this.gateways = gateways;
        this.shipping = shipping;
    }

    @Transactional
    public List<PaymentMethod> paymentMethods(Cart cart) {
        boolean allCod = !cart.isEmpty()
                && cart.byProducer().keySet().stream().allMatch(p -> producers
                        .find(p)
                        .map(Producer::acceptsCashOnDelivery)
                        .orElse(false));
        return gateways.offered(allCod);
    }

    /** The shipping fee of each producer's parcel, by its weight, for the order summary. */
    public Map<ProducerId, Long> shippingFees(Cart cart) {
        Map<ProducerId, Long> fees = new LinkedHashMap<>();
        cart.byProducer()
                .forEach((producer, lines) -> fees.put(
                        producer,
                        shipping.feeSatang(lines.stream()
                                .mapToInt(l -> l.weightGrams() * l.quantity())
                                .sum())));
        return fees;
    }

    /** @throws th.otop.catalog.validation.InvalidInputException naming each producer that does not allow the method */
    @Transactional
    public void checkAllowed(PaymentMethod method, Iterable<ProducerId> producerIds) {
        Checks checks = new Checks()
                .require(
                        method == gateways.onlineMethod() || method == PaymentMethod.CASH_ON_DELIVERY,
                        "paymentMethod",
                        "ช่องทางชำระเงินนี้ใช้ไม่ได้",
                        "This payment method is not available");
        for (ProducerId id : producerIds) {
            Producer producer = producers.find(id).orElseThrow();
            if (method == PaymentMethod.CASH_ON_DELIVERY) {
                checks.require(
                        producer.acceptsCashOnDelivery(),
                        "paymentMethod",
                        "ร้าน " + producer.nameTh() + " ไม่รับชำระเงินปลายทาง",
                        producer.name(Locale.ENGLISH) + " does not accept cash on delivery");
            }
            if (method == PaymentMethod.PROMPTPAY) {
                checks.require(
                        producer.promptPayId() != null
                                && !producer.promptPayId().isBlank(),
                        "paymentMethod",
                        "ร้าน " + producer.nameTh() + " ยังไม่ได้ลงทะเบียนพร้อมเพย์",
                        producer.name(Locale.ENGLISH) + " has no PromptPay id yet");
            }
        }
        checks.throwIfInvalid();
    }
}
