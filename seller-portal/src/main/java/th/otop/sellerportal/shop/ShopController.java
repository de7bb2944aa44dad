package th.otop.sellerportal.shop;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.geography.Place;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.ProducerKind;
import th.otop.catalog.producer.ProducerProfile;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.validation.Checks;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.sellerportal.web.Shop;
import th.otop.webkit.address.AddressPicker;
import th.otop.webkit.security.SignedIn;

/**
 * The guided shop profile: a new member creates the shop (and becomes its owner), later members edit it.
 * Only owners change the PromptPay id that buyers pay to.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/shop")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopController {
    private final Producers producers;
    private final Accounts accounts;
    private final Geography geography;
    private final Shop shop;
    private final HttpLocaleResolver locales;
    private final AddressPicker picker;

    ShopController(
            Producers producers,
            Accounts accounts,
            Geography geography,
            Shop shop,
            HttpLocaleResolver locales,
            AddressPicker picker) {
        this.producers = producers;
        this.accounts = accounts;
        this.geography = geography;
        this.shop = shop;
        this.locales = locales;
        this.picker = picker;
    }

    @Get
    @View("shop/profile")
    Map<String, Object> form(Authentication authentication) {
        Optional<Producer> producer = shop.of(authentication);
        return model(authentication, producer.map(ShopController::formOf).orElse(Map.of()), producer.isEmpty());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        Account account = SignedIn.account(authentication);
        Optional<Producer> existing = shop.of(authentication);
        if (AddressPicker.isChooseStep(form)) {
            // the address picker without JavaScript: the same form again with the next level's options
            return HttpResponse.ok(new ModelAndView<>("shop/profile", model(authentication, form, existing.isEmpty())));
        }
        try {
            // a subdistrict served by one postcode needs none typed: the picker shows that one
            ProducerProfile profile = profileOf(form, picker.choices(form).postcode(), existing, account);
            checkWithPlace(profile);
            if (existing.isEmpty()) {
                ProducerId id = producers.register(profile);
                accounts.joinProducer(account.id(), id, ProducerRole.OWNER);
            } else {
                producers.updateProfile(existing.get().id(), profile);
            }
            return HttpResponse.seeOther(URI.create("/dashboard"));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "shop/profile",
                    model(authentication, form, existing.isEmpty()),
                    e.errors(),
                    locales.resolveOrDefault(request));
        }
    }

    /** The profile's rules and its place's together, so the producer sees every message at once. */
    private void checkWithPlace(ProducerProfile profile) {
        List<FieldError> errors = new ArrayList<>();
        try {
            profile.validate();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        try {
            geography
                    .check(
                            new Place(
                                    profile.provinceId(),
                                    profile.district(),
                                    profile.subdistrict(),
                                    profile.postcode() == null ? "" : profile.postcode()),
                            new Checks())
                    .throwIfInvalid();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Map<String, Object> model(Authentication authentication, Map<String, ?> form, boolean isNew) {
        Account account = SignedIn.account(authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("isNew", isNew);
        model.put("owner", isNew || account.isProducerOwner());
        model.put("kinds", ProducerKind.values());
        model.put("address", picker.choices(form));
        return model;
    }

    static ProducerProfile profileOf(
            Map<String, String> form, String postcode, Optional<Producer> existing, Account account) {
        int province;
        try {
            province = Integer.parseInt(Forms.value(form, "provinceId"));
        } catch (NumberFormatException e) {
            province = 0;
        }
        ProducerKind kind;
        try {
            kind = ProducerKind.valueOf(Forms.value(form, "kind"));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        boolean mayChangePayout = existing.isEmpty() || account.isProducerOwner();
        String promptPay = mayChangePayout
                ? Forms.blankToNull(form.get("promptPayId"))
                : existing.get().promptPayId();
        if (promptPay != null && !promptPay.replaceAll("[\\s-]", "").matches("0\\d{9}|\\d{13}")) {
            throw new InvalidInputException(List.of(new FieldError(
                    "promptPayId",
                    "พร้อมเพย์ต้องเป็นเบอร์มือถือ 10 หลัก หรือเลขประจำตัว 13 หลัก",
                    "PromptPay must be a 10-digit mobile number or a 13-digit id")));
        }
        return new ProducerProfile(
                kind,
                Forms.value(form, "nameTh"),
                Forms.blankToNull(form.get("nameEn")),
                Forms.blankToNull(form.get("storyTh")),
                Forms.blankToNull(form.get("storyEn")),
                province,
                Forms.blankToNull(form.get("district")),
                Forms.blankToNull(form.get("subdistrict")),
                Forms.blankToNull(postcode),
                Forms.blankToNull(form.get("village")),
                Forms.blankToNull(form.get("phone")),
                Forms.blankToNull(form.get("email")),
                promptPay == null ? null : promptPay.replaceAll("[\\s-]", ""),
                "on".equals(form.get("acceptsCashOnDelivery")));
    }

    static Map<String, Object> formOf(Producer p) {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", p.kind().name());
        form.put("nameTh", p.nameTh());
        form.put("nameEn", p.nameEn());
        form.put("storyTh", p.storyTh());
        form.put("storyEn", p.storyEn());
        form.put("provinceId", String.valueOf(p.provinceId()));
        form.put("district", p.district());
        form.put("subdistrict", p.subdistrict());
        form.put("postcode", p.postcode());
        form.put("village", p.village());
        form.put("phone", p.phone());
        form.put("email", p.email());
        form.put("promptPayId", p.promptPayId());
        form.put("acceptsCashOnDelivery", p.acceptsCashOnDelivery() ? "on" : "");
        return form;
    }
}
