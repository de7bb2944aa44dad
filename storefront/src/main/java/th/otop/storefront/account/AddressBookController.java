package th.otop.storefront.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
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
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.addressbook.AddressBook;
import th.otop.orders.addressbook.SavedAddress;
import th.otop.orders.addressbook.SavedAddressNotFoundException;
import th.otop.orders.order.ShippingAddress;
import th.otop.webkit.address.AddressPicker;
import th.otop.webkit.security.SignedIn;

/**
 * The consumer's address book: add, edit, delete and choose the default that checkout preselects. Every address is
 * looked up with the signed-in account, so another consumer's address answers 404.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/account/addresses")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AddressBookController {
    private static final String[] FIELDS = {
        "recipientName", "phone", "addressLine", "provinceId", "district", "subdistrict", "postcode"
    };

    private final AddressBook book;
    private final AddressPicker picker;
    private final Geography geography;
    private final HttpLocaleResolver locales;

    AddressBookController(AddressBook book, AddressPicker picker, Geography geography, HttpLocaleResolver locales) {
        this.book = book;
        this.picker = picker;
        this.geography = geography;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> list(Authentication authentication, HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        List<Map<String, Object>> addresses = book.of(account(authentication)).stream()
                .map(saved -> Map.<String, Object>of(
                        "id", saved.id(),
                        "label", AddressLabel.of(saved.address(), geography, locale),
                        "isDefault", saved.isDefault()))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("addresses", addresses);
        model.put("full", addresses.size() >= AddressBook.MAX_ADDRESSES);
        return HttpResponse.ok(new ModelAndView<>("account/addresses", model)).header("Cache-Control", "no-store");
    }

    @Get("/new")
    HttpResponse<?> newForm() {
        return HttpResponse.ok(formView(null, Map.of(), List.of(), Locale.ROOT)).header("Cache-Control", "no-store");
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(Authentication authentication, @Body Map<String, String> form, HttpRequest<?> request) {
        if (AddressPicker.isChooseStep(form)) {
            return HttpResponse.ok(formView(null, form, List.of(), Locale.ROOT));
        }
        try {
            book.add(account(authentication), addressOf(form), "on".equals(form.get("makeDefault")));
            return HttpResponse.seeOther(URI.create("/account/addresses"));
        } catch (InvalidInputException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formView(null, form, e.errors(), locales.resolveOrDefault(request)));
        }
    }

    @Get("/{id}")
    HttpResponse<?> editForm(long id, Authentication authentication) {
        SavedAddress saved = find(authentication, id);
        return HttpResponse.ok(formView(id, fieldsOf(saved.address()), List.of(), Locale.ROOT))
                .header("Cache-Control", "no-store");
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(
            long id, Authentication authentication, @Body Map<String, String> form, HttpRequest<?> request) {
        find(authentication, id);
        if (AddressPicker.isChooseStep(form)) {
            return HttpResponse.ok(formView(id, form, List.of(), Locale.ROOT));
        }
        try {
            book.update(account(authentication), id, addressOf(form));
            return HttpResponse.seeOther(URI.create("/account/addresses"));
        } catch (InvalidInputException e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(formView(id, form, e.errors(), locales.resolveOrDefault(request)));
        }
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, Authentication authentication) {
        book.delete(account(authentication), id);
        return HttpResponse.seeOther(URI.create("/account/addresses"));
    }

    @Post("/{id}/default")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> makeDefault(long id, Authentication authentication) {
        book.makeDefault(account(authentication), id);
        return HttpResponse.seeOther(URI.create("/account/addresses"));
    }

    @Error(exception = SavedAddressNotFoundException.class)
    HttpResponse<?> notFound() {
        return HttpResponse.notFound();
    }

    private SavedAddress find(Authentication authentication, long id) {
        return book.find(account(authentication), id).orElseThrow(() -> new SavedAddressNotFoundException(id));
    }

    private static long account(Authentication authentication) {
        return SignedIn.account(authentication).id();
    }

    private static ShippingAddress addressOf(Map<String, String> form) {
        String province = form.getOrDefault("provinceId", "").strip();
        return new ShippingAddress(
                form.getOrDefault("recipientName", ""),
                form.getOrDefault("phone", ""),
                form.getOrDefault("addressLine", ""),
                form.getOrDefault("subdistrict", ""),
                form.getOrDefault("district", ""),
                province.matches("\\d{1,3}") ? Integer.parseInt(province) : 0,
                form.getOrDefault("postcode", ""));
    }

    private static Map<String, String> fieldsOf(ShippingAddress a) {
        return Map.of(
                "recipientName", a.recipientName(),
                "phone", a.phone(),
                "addressLine", a.addressLine(),
                "provinceId", String.valueOf(a.provinceId()),
                "district", a.district(),
                "subdistrict", a.subdistrict(),
                "postcode", a.postcode());
    }

    /** The add or edit form, with what was typed and one message per field in the page's language. */
    private ModelAndView<Map<String, Object>> formView(
            Long id, Map<String, String> form, List<FieldError> errors, Locale locale) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            typed.put(field, form.getOrDefault(field, ""));
        }
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.merge(e.field(), e.message(locale), (a, b) -> a + " " + b));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", id);
        model.put("form", typed);
        model.put("makeDefault", "on".equals(form.get("makeDefault")));
        model.put("errors", byField);
        model.put("errorList", errors.stream().map(e -> e.message(locale)).toList());
        model.put("address", picker.choices(form));
        return new ModelAndView<>("account/address", model);
    }
}
