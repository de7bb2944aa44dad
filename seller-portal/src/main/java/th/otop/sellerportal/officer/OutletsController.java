package th.otop.sellerportal.officer;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.notification.OfficerDecisions;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/**
 * Pracharat Sukjai Shop outlets waiting for verification. An officer verifies one with a note to the outlet, or
 * suspends it with a reason after a confirmation step; the outlet's members are mailed the decision and the note.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/outlets")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class OutletsController {
    private static final Locale THAI = Locale.forLanguageTag("th");
    private static final String PAGE = "/officer/outlets";

    private final Outlets outlets;
    private final OfficerDecisions decisions;
    private final Geography geography;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    OutletsController(
            Outlets outlets,
            OfficerDecisions decisions,
            Geography geography,
            MessageSource messages,
            HttpLocaleResolver locales) {
        this.outlets = outlets;
        this.decisions = decisions;
        this.geography = geography;
        this.messages = messages;
        this.locales = locales;
    }

    /** After a decision the decided outlet has left the list: the result is told at the top, by the outlet's name. */
    @Get
    @View("officer/outlets")
    Map<String, Object> awaiting(
            HttpRequest<?> request, @Nullable @QueryValue String done, @Nullable @QueryValue String outlet) {
        Map<String, Object> model = model();
        if (outlet != null) {
            outlets.findByPublicId(outlet).ifPresent(decided -> {
                DeskResult.show(done, "outlets", model);
                model.put("doneName", decided.name(locales.resolveOrDefault(request)));
            });
        }
        return model;
    }

    @Post("/{outlet}/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> verify(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String outlet,
            @Body Map<String, String> form) {
        Outlet found = find(outlet);
        try {
            return decide(authentication, found, OutletStatus.VERIFIED, form);
        } catch (InvalidInputException e) {
            Map<String, Object> model = model();
            model.put("errorTarget", outlet);
            return Forms.invalid("officer/outlets", model, e.errors(), locales.resolveOrDefault(request));
        }
    }

    @Get("/{outlet}/suspend")
    HttpResponse<?> confirmSuspension(HttpRequest<?> request, @PathVariable String outlet) {
        return HttpResponse.ok(confirmation(find(outlet), null, locales.resolveOrDefault(request)));
    }

    /** Suspends once the officer confirmed on the confirmation page; a post without it shows that page. */
    @Post("/{outlet}/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> suspend(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String outlet,
            @Body Map<String, String> form) {
        Outlet found = find(outlet);
        Locale locale = locales.resolveOrDefault(request);
        if (!SuspendConfirmation.given(form)) {
            return HttpResponse.ok(confirmation(found, form.get("note"), locale));
        }
        try {
            return decide(authentication, found, OutletStatus.SUSPENDED, form);
        } catch (InvalidInputException e) {
            return SuspendConfirmation.refused(confirmation(found, form.get("note"), locale), e.errors(), locale);
        }
    }

    private ModelAndView<Map<String, Object>> confirmation(Outlet outlet, @Nullable String note, Locale locale) {
        return SuspendConfirmation.page(
                outlet.name(locale),
                PAGE + "/" + outlet.publicId() + "/suspend",
                PAGE + "#outlet-" + outlet.publicId(),
                "officer.suspend.outlet.consequence",
                "officer.outlets.reason",
                note);
    }

    /** The decision and its mail to the outlet's members, worded to the outlet, in both languages. */
    private HttpResponse<?> decide(
            Authentication authentication, Outlet outlet, OutletStatus decision, Map<String, String> form) {
        String note = Forms.blankToNull(form.get("note"));
        String key = decision == OutletStatus.VERIFIED ? "verified" : "suspended";
        decisions.decideOutlet(
                Officer.id(authentication),
                outlet.id(),
                decision,
                note,
                new OfficerDecisions.Mail(
                        mailText("subject", key, outlet, note, THAI) + " / "
                                + mailText("subject", key, outlet, note, Locale.ENGLISH),
                        mailText("body", key, outlet, note, THAI) + "\n\n"
                                + mailText("body", key, outlet, note, Locale.ENGLISH) + "\n"));
        DeskResult result = decision == OutletStatus.VERIFIED ? DeskResult.VERIFIED : DeskResult.SUSPENDED;
        return HttpResponse.seeOther(result.on(PAGE + "?outlet=" + outlet.publicId(), "outlets"));
    }

    private String mailText(String part, String decision, Outlet outlet, @Nullable String note, Locale locale) {
        String text = messages.getMessage("officer.outlets.mail." + decision + "." + part, locale, outlet.name(locale))
                .orElseThrow();
        if (part.equals("body") && note != null) {
            text += "\n"
                    + messages.getMessage("officer.outlets.mail." + decision + ".note", locale, note)
                            .orElseThrow();
        }
        return text;
    }

    private Outlet find(String publicId) {
        return outlets.findByPublicId(publicId).orElseThrow(Officer::notFound);
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("outlets", outlets.awaitingVerification());
        model.put("geography", geography);
        return model;
    }
}
