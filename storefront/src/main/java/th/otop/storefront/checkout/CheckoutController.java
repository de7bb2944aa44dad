package th.otop.storefront.checkout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import th.otop.catalog.account.Account;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.product.ProductId;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.Buyer;
import th.otop.orders.addressbook.AddressBook;
import th.otop.orders.addressbook.SavedAddress;
import th.otop.orders.cart.Cart;
import th.otop.orders.cart.CartLine;
import th.otop.orders.cart.Carts;
import th.otop.orders.cart.LineKey;
import th.otop.orders.checkout.Checkout;
import th.otop.orders.checkout.CheckoutOptions;
import th.otop.orders.checkout.CheckoutPayments;
import th.otop.orders.checkout.Checkouts;
import th.otop.orders.checkout.PaymentStatus;
import th.otop.orders.order.IllegalTransitionException;
import th.otop.orders.order.Order;
import th.otop.orders.order.OrderStatus;
import th.otop.orders.order.Orders;
import th.otop.orders.order.ShippingAddress;
import th.otop.orders.payment.PaymentInstructions;
import th.otop.orders.payment.PaymentMethod;
import th.otop.orders.payment.promptpay.PromptPayQrImage;
import th.otop.orders.review.Reviews;
import th.otop.orders.survey.Surveys;
import th.otop.storefront.account.AddressLabel;
import th.otop.storefront.cart.CartPages;
import th.otop.storefront.cart.Shopper;
import th.otop.storefront.photo.UploadedPhotos;
import th.otop.storefront.site.PageNotFoundException;
import th.otop.storefront.site.SiteAddress;
import th.otop.webkit.ContentSecurityPolicy;
import th.otop.webkit.address.AddressPicker;

/**
 * Checkout: the address and payment form, placing the orders (one per producer), the full-screen PromptPay codes with
 * the amount and a countdown or Stripe's card and PromptPay form, and the page that follows the orders afterwards. A refused form comes back as typed,
 * with a message next to each field; the cart stays as it was.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@Controller("/checkout")
class CheckoutController {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A saved code is opened from the gallery and scanned from the picture: larger than the page's, so it stays sharp. */
    private static final int SAVED_QR_PX = 640;

    /** Stripe's Payment Element: its script, its frames and its API, on the card payment page only. */
    private static final String CARD_PAYMENT_POLICY = ContentSecurityPolicy.strict()
            .allow("script-src", "https://js.stripe.com")
            .allow("frame-src", "https://js.stripe.com", "https://hooks.stripe.com")
            .allow("connect-src", "https://api.stripe.com")
            .toString();

    private final Carts carts;
    private final Checkouts checkouts;
    private final CheckoutOptions options;
    private final CheckoutPayments payments;
    private final Producers producers;
    private final Orders orders;
    private final Reviews reviews;
    private final UploadedPhotos photos;
    private final Surveys surveys;
    private final Geography geography;
    private final Shopper shopper;
    private final CartPages cartPages;
    private final HttpLocaleResolver locales;
    private final SiteAddress site;
    private final AddressBook addressBook;
    private final AddressPicker picker;

    CheckoutController(
            Carts carts,
            Checkouts checkouts,
            CheckoutOptions options,
            CheckoutPayments payments,
            Producers producers,
            Orders orders,
            Reviews reviews,
            UploadedPhotos photos,
            Surveys surveys,
            Geography geography,
            Shopper shopper,
            CartPages cartPages,
            HttpLocaleResolver locales,
            SiteAddress site,
            AddressBook addressBook,
            AddressPicker picker) {
        this.carts = carts;
        this.checkouts = checkouts;
        this.options = options;
        this.payments = payments;
        this.producers = producers;
        this.orders = orders;
        this.reviews = reviews;
        this.photos = photos;
        this.surveys = surveys;
        this.geography = geography;
        this.shopper = shopper;
        this.cartPages = cartPages;
        this.locales = locales;
        this.site = site;
        this.addressBook = addressBook;
        this.picker = picker;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> form(HttpRequest<?> request) {
        Optional<Buyer> buyer = shopper.existing(request);
        Cart cart = buyer.map(carts::cartOf).orElse(null);
        if (cart == null || cart.isEmpty() || !cart.lines().stream().allMatch(CartLine::available)) {
            return HttpResponse.seeOther(URI.create("/cart"));
        }
        List<PaymentMethod> methods = options.paymentMethods(cart);
        SavedAddress defaultAddress = savedAddresses(request).stream()
                .filter(SavedAddress::isDefault)
                .findFirst()
                .orElse(null);
        CheckoutForm form = CheckoutForm.prefilled(
                cart.id().value(),
                newKey(),
                methods.isEmpty() ? null : methods.get(0),
                shopper.signedIn(request).orElse(null),
                defaultAddress);
        return HttpResponse.ok(formView(cart, form, List.of(), locales.resolveOrDefault(request), request))
                .header("Cache-Control", "no-store");
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> place(@Body Map<String, String> fields, HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        Optional<Buyer> buyer = shopper.existing(request);
        if (buyer.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/cart"));
        }
        CheckoutForm form = CheckoutForm.from(fields);
        if (AddressPicker.isChooseStep(fields)) {
            // the address picker without JavaScript: the same form again with the next level's options
            return HttpResponse.ok(formView(carts.cartOf(buyer.get()), form, List.of(), locale, request))
                    .header("Cache-Control", "no-store");
        }
        Optional<Long> account = shopper.signedIn(request).map(Account::id);
        ShippingAddress address = form.typedAddress();
        if (form.savedAddressId().isPresent()) {
            Optional<SavedAddress> saved = account.flatMap(
                    a -> addressBook.find(a, form.savedAddressId().get()));
            if (saved.isEmpty()) {
                return HttpResponse.notFound();
            }
            address = saved.get().address();
        }
        try {
            Checkout checkout = checkouts.place(form.toPlaceOrder(buyer.get(), address));
            if (form.wantsAddressSaved() && account.isPresent()) {
                addressBook.remember(account.get(), address);
            }
            boolean pay = checkout.paymentMethod() != PaymentMethod.CASH_ON_DELIVERY;
            return HttpResponse.seeOther(URI.create("/checkout/" + checkout.publicId() + (pay ? "/pay" : "")));
        } catch (InvalidInputException e) {
            Cart cart = carts.cartOf(buyer.get());
            if (cart.isEmpty()) {
                // the cart was ordered already (a second click, another tab): show what is in the cart instead
                return HttpResponse.seeOther(URI.create("/cart"));
            }
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formView(cart, form, e.errors(), locale, request));
        }
    }

    /** "My orders": this device's guest orders and its signed-in account's, newest first. */
    @Get("/mine")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> mine(HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        List<Map<String, Object>> placed = checkouts.ofBuyers(shopper.all(request)).stream()
                .map(c -> Map.<String, Object>of("checkout", c, "orders", orders(c, locale)))
                .toList();
        return HttpResponse.ok(new ModelAndView<>("checkout/mine", Map.of("placed", placed)))
                .header("Cache-Control", "no-store");
    }

    /** Following an order without an account: its number and the phone it ships to, both required. */
    @Get("/track")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> track(
            @Nullable @QueryValue String number, @Nullable @QueryValue String phone, HttpRequest<?> request) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("number", number == null ? "" : number);
        model.put("phone", phone == null ? "" : phone);
        if (number == null && phone == null) {
            return HttpResponse.ok(new ModelAndView<>("checkout/track", model));
        }
        Optional<Checkout> found = checkouts.track(number, phone);
        if (found.isEmpty()) {
            // the same answer for a wrong number and a wrong phone: neither is confirmed to a guesser
            model.put("notFound", true);
            return HttpResponse.ok(new ModelAndView<>("checkout/track", model));
        }
        model.put("checkout", found.get());
        model.put("orders", orders(found.get(), locales.resolveOrDefault(request)));
        return HttpResponse.ok(new ModelAndView<>("checkout/track", model)).header("Cache-Control", "no-store");
    }

    @Get("/{publicId}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> status(String publicId, HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        Optional<Checkout> checkout = find(request, publicId);
        if (checkout.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("checkout", checkout.get());
        model.put("orders", orders(checkout.get(), locale));
        model.put(
                "awaitingPayment",
                checkout.get().orders().stream()
                        .anyMatch(o -> o.status() == OrderStatus.PENDING_PAYMENT && !o.isCashOnDelivery()));
        model.put("anyCancelled", checkout.get().orders().stream().anyMatch(o -> o.status() == OrderStatus.CANCELLED));
        model.put("tooLate", "too-late".equals(request.getParameters().get("cancel")));
        model.put("surveys", surveyLinks(request, checkout.get()));
        model.put(
                "canComplain",
                owner(request, publicId).filter(b -> !b.isGuest()).isPresent());
        model.put("reviewed", "sent".equals(request.getParameters().get("review")));
        model.put("reviewRefused", "refused".equals(request.getParameters().get("review")));
        return HttpResponse.ok(new ModelAndView<>("checkout/status", model)).header("Cache-Control", "no-store");
    }

    @Get("/{publicId}/pay")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> pay(String publicId, HttpRequest<?> request) {
        Optional<Buyer> buyer = owner(request, publicId);
        Optional<Checkout> checkout = find(request, publicId);
        if (buyer.isEmpty() || checkout.isEmpty()) {
            return HttpResponse.notFound();
        }
        PaymentInstructions instructions;
        try {
            instructions = payments.instructions(buyer.get(), publicId);
        } catch (InvalidInputException nothingLeftToPay) {
            return HttpResponse.seeOther(URI.create("/checkout/" + publicId));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("checkout", checkout.get());
        model.put("deadline", deadline(checkout.get()));
        if (instructions instanceof PaymentInstructions.PromptPayCodes codes) {
            model.put("codes", codes.codes());
            return HttpResponse.ok(new ModelAndView<>("checkout/promptpay", model))
                    .header("Cache-Control", "no-store");
        }
        if (instructions instanceof PaymentInstructions.StripeIntent intent) {
            model.put("intent", intent);
            model.put(
                    "amountSatang",
                    awaiting(checkout.get()).stream()
                            .mapToLong(Order::totalSatang)
                            .sum());
            model.put("returnUrl", site.absolute(request, "/checkout/" + publicId + "/payment"));
            model.put("codPossible", everyShopTakesCash(checkout.get()));
            return HttpResponse.ok(new ModelAndView<>("checkout/card", model))
                    .header("Cache-Control", "no-store")
                    .header(ContentSecurityPolicy.HEADER, CARD_PAYMENT_POLICY);
        }
        return HttpResponse.seeOther(URI.create("/checkout/" + publicId));
    }

    /**
     * One order's PromptPay code as a PNG file, for the "save QR image" link and the share button: a buyer paying from
     * the phone that shows the code saves it to the gallery and opens it in the banking app's scanner.
     */
    @Get(value = "/{publicId}/qr/{order}", produces = MediaType.IMAGE_PNG)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> qrImage(String publicId, String order, HttpRequest<?> request) {
        Optional<PaymentInstructions.PromptPayCodes.Code> code =
                owner(request, publicId).flatMap(buyer -> payments.promptPayCode(buyer, publicId, order));
        if (code.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(PromptPayQrImage.png(code.get().payload(), SAVED_QR_PX))
                .contentType(MediaType.IMAGE_PNG_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + code.get().fileName() + "\"")
                .header("Cache-Control", "no-store");
    }

    /**
     * Where Stripe sends the buyer back after the card or PromptPay form. What it says comes from our own records
     * (the signed webhook marks the checkout paid), never from the query Stripe adds to the address.
     */
    @Get("/{publicId}/payment")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> paymentResult(String publicId, HttpRequest<?> request) {
        Optional<Checkout> checkout = find(request, publicId);
        if (checkout.isEmpty()) {
            return HttpResponse.notFound();
        }
        PaymentStatus status = checkout.get().paymentStatus();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("checkout", checkout.get());
        model.put("paid", status == PaymentStatus.PAID);
        model.put(
                "failed",
                status == PaymentStatus.FAILED && !awaiting(checkout.get()).isEmpty());
        model.put(
                "waiting",
                status != PaymentStatus.PAID && !awaiting(checkout.get()).isEmpty());
        model.put("status", status.name());
        model.put("deadline", deadline(checkout.get()));
        return HttpResponse.ok(new ModelAndView<>("checkout/payment", model)).header("Cache-Control", "no-store");
    }

    /**
     * Without JavaScript Stripe's form cannot work: the unpaid orders are cancelled and their products put back in the
     * cart, so the buyer can place them again with cash on delivery.
     */
    @Post(value = "/{publicId}/other-method", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> otherMethod(String publicId, HttpRequest<?> request) {
        Optional<Buyer> buyer = owner(request, publicId);
        Optional<Checkout> checkout = find(request, publicId);
        if (buyer.isEmpty() || checkout.isEmpty()) {
            return HttpResponse.notFound();
        }
        List<Order> unpaid = awaiting(checkout.get());
        try {
            unpaid.forEach(o -> orders.cancelByBuyer(buyer.get(), o.id()));
        } catch (IllegalTransitionException paidMeanwhile) {
            return HttpResponse.seeOther(URI.create("/checkout/" + publicId));
        }
        putBack(buyer.get(), unpaid);
        return HttpResponse.seeOther(URI.create("/checkout"));
    }

    /**
     * Whether the checkout still waits for money, for the payment page to notice when the shops confirm and move on
     * by itself.
     */
    @Get(value = "/{publicId}/state", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> state(String publicId, HttpRequest<?> request) {
        return find(request, publicId)
                .<HttpResponse<?>>map(c -> HttpResponse.ok(Map.of(
                                "awaitingPayment",
                                c.orders().stream().anyMatch(o -> o.status() == OrderStatus.PENDING_PAYMENT),
                                "paymentStatus",
                                c.paymentStatus().name()))
                        .header("Cache-Control", "no-store"))
                .orElseGet(HttpResponse::notFound);
    }

    /**
     * A review of a product the buyer received, with an optional photo: only the buyer of a delivered order may write
     * one.
     */
    @Post(value = "/{publicId}/review", consumes = MediaType.MULTIPART_FORM_DATA)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> review(
            String publicId,
            @Nullable @Part("order") String order,
            @Nullable @Part("product") String product,
            @Nullable @Part("stars") String stars,
            @Nullable @Part("body") String body,
            @Nullable @Part("photo") CompletedFileUpload photo,
            HttpRequest<?> request) {
        Optional<Buyer> buyer = owner(request, publicId);
        if (buyer.isEmpty()) {
            throw new PageNotFoundException("checkout " + publicId);
        }
        long productId = parse(product);
        String photoKey = null;
        try {
            photoKey = photos.store(photo, "reviews/" + productId);
            reviews.write(
                    buyer.get(),
                    order == null ? "" : order,
                    new ProductId(productId),
                    (int) parse(stars),
                    blankToNull(body),
                    photoKey);
        } catch (InvalidInputException refused) {
            photos.discard(photoKey);
            return HttpResponse.seeOther(URI.create("/checkout/" + publicId + "?review=refused"));
        }
        return HttpResponse.seeOther(URI.create("/checkout/" + publicId + "?review=sent"));
    }

    /** The satisfaction survey each delivered order invited this browser's buyer to, by order number. */
    private Map<String, String> surveyLinks(HttpRequest<?> request, Checkout checkout) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Order order : checkout.orders()) {
            for (Buyer buyer : shopper.all(request)) {
                surveys.forOccasion(buyer.key(), "order:" + order.publicId())
                        .ifPresent(
                                invitation -> links.putIfAbsent(order.publicId(), "/surveys/" + invitation.publicId()));
            }
        }
        return links;
    }

    private static long parse(String text) {
        try {
            return text == null || text.length() > 18 ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Cancels one of the checkout's orders before its shop accepted it; stock goes back at once. */
    @Post(value = "/{publicId}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> cancel(String publicId, @Body Map<String, String> form, HttpRequest<?> request) {
        Optional<Buyer> buyer = owner(request, publicId);
        Optional<Order> order = find(request, publicId).flatMap(c -> c.orders().stream()
                .filter(o -> o.publicId().equals(form.get("order")))
                .findFirst());
        if (buyer.isEmpty() || order.isEmpty()) {
            return HttpResponse.notFound();
        }
        try {
            orders.cancelByBuyer(buyer.get(), order.get().id());
        } catch (IllegalTransitionException tooLate) {
            return HttpResponse.seeOther(URI.create("/checkout/" + publicId + "?cancel=too-late"));
        }
        return HttpResponse.seeOther(URI.create("/checkout/" + publicId));
    }

    /**
     * Puts what was in the checkout's cancelled or expired orders back in the cart, so a payment that did not happen
     * never loses the shopper's choices. Products no longer on sale are left out.
     */
    @Post(value = "/{publicId}/restore", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> restore(String publicId, HttpRequest<?> request) {
        Optional<Buyer> buyer = owner(request, publicId);
        Optional<Checkout> checkout = find(request, publicId);
        if (buyer.isEmpty() || checkout.isEmpty()) {
            return HttpResponse.notFound();
        }
        putBack(
                buyer.get(),
                checkout.get().orders().stream()
                        .filter(o -> o.status() == OrderStatus.CANCELLED)
                        .toList());
        return HttpResponse.seeOther(URI.create("/cart"));
    }

    private void putBack(Buyer buyer, List<Order> cancelled) {
        cancelled.stream().flatMap(o -> o.lines().stream()).forEach(line -> {
            try {
                carts.add(buyer, new LineKey(line.productId(), line.variantId()), line.quantity());
            } catch (InvalidInputException notOnSaleAnyMore) {
                // the cart page shows what could be restored; a sold-out product simply stays out
            }
        });
    }

    private static List<Order> awaiting(Checkout checkout) {
        return checkout.orders().stream()
                .filter(o -> o.status() == OrderStatus.PENDING_PAYMENT)
                .toList();
    }

    /** When the first reservation of the checkout runs out. */
    private static Instant deadline(Checkout checkout) {
        return checkout.orders().stream()
                .map(Order::expiresAt)
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }

    private boolean everyShopTakesCash(Checkout checkout) {
        return awaiting(checkout).stream().allMatch(o -> producers
                .find(o.producerId())
                .map(Producer::acceptsCashOnDelivery)
                .orElse(false));
    }

    /** The buyer of this browser that placed the checkout (the account, or the guest cart before sign-in). */
    private Optional<Buyer> owner(HttpRequest<?> request, String publicId) {
        if (!publicId.matches("[0-9a-z]{6,20}")) {
            return Optional.empty();
        }
        for (Buyer buyer : shopper.all(request)) {
            try {
                checkouts.forBuyer(buyer, publicId);
                return Optional.of(buyer);
            } catch (InvalidInputException notTheirs) {
                // try the browser's other buyer
            }
        }
        return Optional.empty();
    }

    private Optional<Checkout> find(HttpRequest<?> request, String publicId) {
        if (!publicId.matches("[0-9a-z]{6,20}")) {
            return Optional.empty();
        }
        for (Buyer buyer : shopper.all(request)) {
            try {
                return Optional.of(checkouts.forBuyer(buyer, publicId));
            } catch (InvalidInputException notTheirs) {
                // try the browser's other buyer (a guest checkout seen after signing in)
            }
        }
        return Optional.empty();
    }

    private List<OrderView> orders(Checkout checkout, Locale locale) {
        return checkout.orders().stream()
                .map(o -> OrderView.of(o, producers.find(o.producerId()).orElse(null), locale))
                .toList();
    }

    private List<SavedAddress> savedAddresses(HttpRequest<?> request) {
        return shopper.signedIn(request).map(a -> addressBook.of(a.id())).orElse(List.of());
    }

    private ModelAndView<Map<String, Object>> formView(
            Cart cart, CheckoutForm form, List<FieldError> errors, Locale locale, HttpRequest<?> request) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byField.merge(e.field(), e.message(locale), (a, b) -> a + " " + b);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("cart", cartPages.of(cart, locale));
        model.put("form", form);
        model.put("errors", byField);
        model.put("errorList", errors.stream().map(e -> e.message(locale)).toList());
        model.put(
                "methods", options.paymentMethods(cart).stream().map(Enum::name).toList());
        model.put("address", picker.choices(form.provinceId(), form.district(), form.subdistrict(), form.postcode()));
        model.put("signedIn", shopper.signedIn(request).isPresent());
        model.put(
                "savedAddresses",
                savedAddresses(request).stream()
                        .map(saved -> Map.of(
                                "id", String.valueOf(saved.id()),
                                "label", AddressLabel.of(saved.address(), geography, locale),
                                "isDefault", saved.isDefault()))
                        .toList());
        return new ModelAndView<>("checkout/form", model);
    }

    private static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
