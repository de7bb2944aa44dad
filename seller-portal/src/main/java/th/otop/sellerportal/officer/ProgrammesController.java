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
import io.micronaut.views.View;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import th.otop.catalog.community.CommunityDirectory;
import th.otop.catalog.community.HouseholdStanding;
import th.otop.catalog.community.Programmes;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/**
 * CDD officers keep the sammachip programmes: the list by province with a form for a new one, and per programme its
 * details, trained households, follow-up visits and occupational groups with their producers. Each form answers on
 * its own part of the page ({@code #details}, {@code #households}, ...), errors included.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/programmes")
@Secured(Roles.OFFICER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgrammesController {
    /** The results a redirect may name; nothing else from the address reaches the page. */
    private static final Set<String> DONE = Set.of("saved", "household", "removed", "visit", "group", "linked");

    private final Programmes programmes;
    private final CommunityDirectory directory;
    private final Geography geography;
    private final Validator validator;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    ProgrammesController(
            Programmes programmes,
            CommunityDirectory directory,
            Geography geography,
            Validator validator,
            MessageSource messages,
            HttpLocaleResolver locales) {
        this.programmes = programmes;
        this.directory = directory;
        this.geography = geography;
        this.validator = validator;
        this.messages = messages;
        this.locales = locales;
    }

    @Get
    @View("officer/programmes")
    Map<String, Object> list(HttpRequest<?> request, @Nullable @QueryValue Integer province) {
        return listModel(request, province, Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Authentication authentication, @Body ProgrammeForm form) {
        return save(
                request,
                form,
                () -> URI.create(
                        "/officer/programmes/" + programmes.create(Officer.id(authentication), form.toProgramme())),
                () -> listModel(request, null, form.typed()),
                "officer/programmes");
    }

    @Get("/{id}")
    @View("officer/programme")
    Map<String, Object> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String done) {
        Map<String, Object> model = model(request, id, null, Map.of());
        // Set.of refuses a null lookup, and most visits name no result
        model.put("done", done != null && DONE.contains(done) ? done : null);
        return model;
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(
            HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body ProgrammeForm form) {
        return save(
                request,
                form,
                () -> {
                    programmes.update(Officer.id(authentication), id, form.toProgramme());
                    return done(id, "saved", "details");
                },
                () -> model(request, id, "details", form.typed()),
                "officer/programme");
    }

    @Post("/{id}/households")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addHousehold(
            HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body HouseholdForm form) {
        return save(
                request,
                form,
                () -> {
                    programmes.addHousehold(
                            Officer.id(authentication), id, form.headName(), form.chosenStanding(), form.occupation());
                    return done(id, "household", "households");
                },
                () -> model(
                        request,
                        id,
                        "households",
                        typed(
                                "headName",
                                form.headName(),
                                "standing",
                                form.standing(),
                                "occupation",
                                form.occupation())),
                "officer/programme");
    }

    @Post("/{id}/households/{household}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeHousehold(
            Authentication authentication, @PathVariable long id, @PathVariable long household) {
        programmes.removeHousehold(Officer.id(authentication), id, household);
        return HttpResponse.seeOther(done(id, "removed", "households"));
    }

    @Post("/{id}/visits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addVisit(
            HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body VisitForm form) {
        return save(
                request,
                form,
                () -> {
                    programmes.addVisit(Officer.id(authentication), id, form.day(), form.note());
                    return done(id, "visit", "visits");
                },
                () -> model(request, id, "visits", typed("visitedOn", form.visitedOn(), "note", form.note())),
                "officer/programme");
    }

    @Post("/{id}/groups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addGroup(
            HttpRequest<?> request, Authentication authentication, @PathVariable long id, @Body GroupForm form) {
        return save(
                request,
                form,
                () -> {
                    programmes.addGroup(
                            Officer.id(authentication),
                            id,
                            form.groupNameTh(),
                            Forms.blankToNull(form.groupNameEn()),
                            form.households());
                    return done(id, "group", "groups");
                },
                () -> model(
                        request,
                        id,
                        "groups",
                        typed(
                                "groupNameTh",
                                form.groupNameTh(),
                                "groupNameEn",
                                form.groupNameEn(),
                                "groupHouseholds",
                                form.groupHouseholds())),
                "officer/programme");
    }

    @Post("/{id}/producers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> linkProducer(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable long id,
            @Body ProgrammeLinkForm form) {
        return save(
                request,
                form,
                () -> {
                    programmes.linkProducer(
                            Officer.id(authentication), id, Long.parseLong(form.group()), form.producer());
                    return done(id, "linked", "groups");
                },
                () -> model(request, id, "groups", typed("group", form.group(), "producer", form.producer())),
                "officer/programme");
    }

    /** Checks the form, then the library's rules; either way every error comes back on the page, with what was typed. */
    private <T> HttpResponse<?> save(
            HttpRequest<?> request, T form, Supplier<URI> action, Supplier<Map<String, Object>> page, String view) {
        List<FieldError> errors = Forms.violations(validator, messages, form);
        if (errors.isEmpty()) {
            try {
                return HttpResponse.seeOther(action.get());
            } catch (InvalidInputException e) {
                errors = e.errors();
            }
        }
        return Forms.invalid(view, page.get(), errors, locales.resolveOrDefault(request));
    }

    private static URI done(long id, String done, String part) {
        return URI.create("/officer/programmes/" + id + "?done=" + done + "#" + part);
    }

    private Map<String, Object> listModel(
            HttpRequest<?> request, @Nullable Integer province, Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        model.put("programmes", directory.programmes(province));
        model.put("province", province);
        model.put("provinces", provinces(request));
        model.put("form", form);
        return model;
    }

    private Map<String, Object> model(
            HttpRequest<?> request, long id, @Nullable String errorPart, Map<String, String> typed) {
        Map<String, Object> model = new HashMap<>();
        var register = programmes.register(id);
        model.put("register", register);
        model.put("programme", register.detail().programme());
        model.put("provinces", provinces(request));
        model.put("standings", HouseholdStanding.values());
        model.put("errorPart", errorPart);
        // the details form shows the programme unless its own typing came back with errors
        model.put(
                "details",
                "details".equals(errorPart)
                        ? typed
                        : ProgrammeForm.of(register.detail().programme()));
        model.put("form", "details".equals(errorPart) ? Map.of() : typed);
        return model;
    }

    private List<?> provinces(HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        return Geography.inReadingOrder(geography.provinces(), locale);
    }

    private static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            typed.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return typed;
    }
}
