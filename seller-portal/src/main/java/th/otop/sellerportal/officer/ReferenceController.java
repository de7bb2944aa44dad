package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import th.otop.catalog.account.Role;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.reference.CategoryLabels;
import th.otop.catalog.reference.ImportReport;
import th.otop.catalog.reference.LineOutcome;
import th.otop.catalog.reference.ReferenceImport;
import th.otop.catalog.reference.ReferenceKind;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;
import th.otop.webkit.security.SignedIn;

/**
 * Reference data: the categories (names, order, visibility) and the geography, browsed province by province, and
 * imported from a CSV file with a preview first or straight away; the result lists every refused line by number.
 * Officers add and rename; removing needs an admin.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/reference")
@Secured({Roles.OFFICER, Roles.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReferenceController {
    private final CategoryLabels categories;
    private final Geography geography;
    private final ReferenceImport imports;
    private final HttpLocaleResolver locales;

    ReferenceController(
            CategoryLabels categories, Geography geography, ReferenceImport imports, HttpLocaleResolver locales) {
        this.categories = categories;
        this.geography = geography;
        this.imports = imports;
        this.locales = locales;
    }

    @Get
    HttpResponse<?> browse(
            Authentication authentication,
            @Nullable @QueryValue Integer province,
            @Nullable @QueryValue Integer district) {
        Map<String, Object> model = model(authentication);
        if (province != null) {
            model.put("province", geography.province(province).orElseThrow(Officer::notFound));
            model.put("districts", geography.districts(province));
        }
        if (district != null) {
            model.put("district", district);
            model.put("subdistricts", geography.subdistricts(district));
        }
        return HttpResponse.ok(new ModelAndView<>("officer/reference", model));
    }

    @Post("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importFile(
            HttpRequest<?> request,
            Authentication authentication,
            @Part("kind") String kind,
            @Nullable @Part("file") CompletedFileUpload file,
            @Nullable @Part("preview") String preview)
            throws IOException {
        String text = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        return run(request, authentication, kind, text, preview != null);
    }

    /** "Apply" on a preview: the previewed file comes back as a form field. */
    @Post("/import")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> applyPreviewed(
            HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        return run(request, authentication, Forms.value(form, "kind"), form.getOrDefault("csv", ""), false);
    }

    private HttpResponse<?> run(
            HttpRequest<?> request, Authentication authentication, String kind, String text, boolean preview) {
        Locale locale = locales.resolveOrDefault(request);
        Map<String, Object> model = model(authentication);
        model.put("chosenKind", kind);
        ReferenceKind referenceKind;
        try {
            referenceKind = ReferenceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return invalid(model, "kind", "กรุณาเลือกชนิดข้อมูล", "Choose what the file holds", locale);
        }
        if (text.isBlank()) {
            return invalid(model, "file", "กรุณาเลือกไฟล์ CSV", "Choose a CSV file", locale);
        }
        try {
            ImportReport report = imports.run(
                    Officer.id(authentication),
                    isAdmin(authentication),
                    referenceKind,
                    ReferenceCsv.read(referenceKind, text),
                    preview);
            model.put("report", report);
            model.put(
                    "messages",
                    report.refused().stream()
                            .collect(Collectors.toMap(
                                    LineOutcome::line,
                                    l -> String.join(
                                            "; ",
                                            l.errors().stream()
                                                    .map(e -> e.field() + ": " + e.message(locale))
                                                    .toList()))));
            if (preview) {
                model.put("csv", text);
            }
            boolean refused = !report.refused().isEmpty();
            return HttpResponse.status(refused ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
                    .body(new ModelAndView<>("officer/reference", model));
        } catch (InvalidInputException e) {
            return Forms.invalid("officer/reference", model, e.errors(), locale);
        }
    }

    private HttpResponse<?> invalid(Map<String, Object> model, String field, String th, String en, Locale locale) {
        return Forms.invalid("officer/reference", model, List.of(new FieldError(field, th, en)), locale);
    }

    private Map<String, Object> model(Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("categories", categories.all());
        model.put("provinces", geography.provinces());
        model.put("kinds", ReferenceKind.values());
        model.put("admin", isAdmin(authentication));
        return model;
    }

    private static boolean isAdmin(Authentication authentication) {
        return SignedIn.account(authentication).role() == Role.ADMIN;
    }
}
