package th.otop.sellerportal.fund;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.fund.FundDesk;
import th.otop.orders.fund.FundStatement;
import th.otop.orders.wholesale.CreditLines;
import th.otop.orders.wholesale.document.FundStatementPdf;
import th.otop.sellerportal.web.Formats;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;
import th.otop.webkit.security.SignedIn;

/**
 * A community fund manager's pages, always of their own fund ({@link FundDesk} answers 404 for anything else): the
 * overview, members, contributions by sale, credit lines with grant, change and close, invoices with repayments,
 * overdue invoices, and the monthly statement as CSV and Thai PDF.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/fund")
@Secured(Roles.FUND_MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class FundController {
    /** The results a page may announce after an action (see the {@code done} query value). */
    private static final Set<String> DONE = Set.of("line", "closed", "repaid");

    private final FundDesk desk;
    private final Validator validator;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;
    private final Formats formats;

    FundController(
            FundDesk desk, Validator validator, MessageSource messages, HttpLocaleResolver locales, Formats formats) {
        this.desk = desk;
        this.formats = formats;
        this.validator = validator;
        this.messages = messages;
        this.locales = locales;
    }

    @Get
    @View("fund/overview")
    Map<String, Object> overview(Authentication authentication) {
        return Map.of("overview", desk.overview(manager(authentication)), "month", YearMonth.now(Formats.BANGKOK));
    }

    @Get("/members")
    @View("fund/members")
    Map<String, Object> members(Authentication authentication) {
        return Map.of("members", desk.members(manager(authentication)));
    }

    @Get("/contributions")
    @View("fund/contributions")
    Map<String, Object> contributions(Authentication authentication, @Nullable @QueryValue String month) {
        YearMonth chosen = month(month);
        var list = desk.contributions(manager(authentication), chosen);
        return Map.of(
                "contributions",
                list,
                "total",
                list.stream().mapToLong(c -> c.amountSatang()).sum(),
                "month",
                chosen);
    }

    @Get("/credit")
    @View("fund/credit")
    Map<String, Object> credit(Authentication authentication) {
        return Map.of("lines", desk.creditLines(manager(authentication)));
    }

    @Get("/credit/{outlet}")
    @View("fund/outlet")
    Map<String, Object> outlet(
            Authentication authentication, @PathVariable String outlet, @Nullable @QueryValue String done) {
        Map<String, Object> model = outletModel(authentication, outlet, null);
        model.put("done", done != null && DONE.contains(done) ? done : null);
        return model;
    }

    @Post("/credit/{outlet}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> grant(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String outlet,
            @Body CreditLineForm form) {
        List<FieldError> errors = Forms.violations(validator, messages, form);
        try {
            if (errors.isEmpty()) {
                desk.grant(manager(authentication), outlet, form.limitSatang(), form.days());
                return HttpResponse.seeOther(URI.create("/fund/credit/" + outlet + "?done=line#line"));
            }
        } catch (InvalidInputException e) {
            errors = e.errors();
        }
        return Forms.invalid(
                "fund/outlet", outletModel(authentication, outlet, form), errors, locales.resolveOrDefault(request));
    }

    @Post("/credit/{outlet}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(HttpRequest<?> request, Authentication authentication, @PathVariable String outlet) {
        try {
            desk.close(manager(authentication), outlet);
            return HttpResponse.seeOther(URI.create("/fund/credit/" + outlet + "?done=closed#line"));
        } catch (InvalidInputException e) {
            return Forms.invalid(
                    "fund/outlet",
                    outletModel(authentication, outlet, null),
                    e.errors(),
                    locales.resolveOrDefault(request));
        }
    }

    @Get("/invoices/{invoice}")
    @View("fund/invoice")
    Map<String, Object> invoice(
            Authentication authentication, @PathVariable String invoice, @Nullable @QueryValue String done) {
        Map<String, Object> model = invoiceModel(authentication, invoice, null);
        model.put("done", done != null && DONE.contains(done) ? done : null);
        return model;
    }

    @Post("/invoices/{invoice}/repayments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> repay(
            HttpRequest<?> request,
            Authentication authentication,
            @PathVariable String invoice,
            @Body RepaymentForm form) {
        List<FieldError> errors = Forms.violations(validator, messages, form);
        try {
            if (errors.isEmpty()) {
                desk.repay(manager(authentication), invoice, form.amountSatang(), form.reference());
                return HttpResponse.seeOther(URI.create("/fund/invoices/" + invoice + "?done=repaid#repay"));
            }
        } catch (InvalidInputException e) {
            errors = e.errors();
        }
        return Forms.invalid(
                "fund/invoice", invoiceModel(authentication, invoice, form), errors, locales.resolveOrDefault(request));
    }

    @Get("/overdue")
    @View("fund/overdue")
    Map<String, Object> overdue(Authentication authentication) {
        var overdue = desk.overdue(manager(authentication));
        LocalDate today = LocalDate.now(Formats.BANGKOK);
        Map<String, Long> daysLate = new HashMap<>();
        overdue.forEach(d -> daysLate.put(
                d.invoice().publicId(), ChronoUnit.DAYS.between(d.invoice().dueOn(), today)));
        return Map.of(
                "overdue",
                overdue,
                "total",
                overdue.stream().mapToLong(i -> i.invoice().outstandingSatang()).sum(),
                "daysLate",
                daysLate);
    }

    @Get(value = "/statement.csv", produces = "text/csv;charset=utf-8")
    HttpResponse<String> statementCsv(Authentication authentication, @Nullable @QueryValue String month) {
        YearMonth chosen = month(month);
        FundStatement statement = desk.statement(manager(authentication), chosen);
        return HttpResponse.ok(StatementCsv.of(statement))
                .header("Content-Disposition", "attachment; filename=\"fund-statement-" + chosen + ".csv\"")
                .header("Cache-Control", "private, no-store");
    }

    @Get(value = "/statement.pdf", produces = "application/pdf")
    HttpResponse<byte[]> statementPdf(Authentication authentication, @Nullable @QueryValue String month) {
        YearMonth chosen = month(month);
        FundStatement statement = desk.statement(manager(authentication), chosen);
        return HttpResponse.ok(FundStatementPdf.of(statement))
                .contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "inline; filename=\"fund-statement-" + chosen + ".pdf\"")
                .header("Cache-Control", "private, no-store");
    }

    private Map<String, Object> outletModel(Authentication authentication, String outlet, CreditLineForm form) {
        FundDesk.OutletDetail detail = desk.outlet(manager(authentication), outlet);
        Map<String, Object> model = new HashMap<>();
        model.put("detail", detail);
        model.put("today", LocalDate.now(Formats.BANGKOK));
        model.put("maxDays", CreditLines.MAX_NET_DAYS);
        Map<String, String> typed = new HashMap<>();
        if (form != null) {
            typed.put("limit", form.limit() == null ? "" : form.limit());
            typed.put("netDays", form.netDays() == null ? "" : form.netDays());
        } else if (detail.line().credit().exists()) {
            typed.put("limit", formats.plainBaht(detail.line().credit().limitSatang()));
            typed.put("netDays", String.valueOf(detail.line().credit().netDays()));
        } else {
            typed.put("limit", "");
            typed.put("netDays", "30");
        }
        model.put("form", typed);
        return model;
    }

    private Map<String, Object> invoiceModel(Authentication authentication, String invoice, RepaymentForm form) {
        FundDesk.InvoiceDetail detail = desk.invoice(manager(authentication), invoice);
        Map<String, Object> model = new HashMap<>();
        model.put("detail", detail);
        model.put("today", LocalDate.now(Formats.BANGKOK));
        Map<String, String> typed = new HashMap<>();
        typed.put(
                "amount",
                form != null && form.amount() != null
                        ? form.amount()
                        : formats.plainBaht(detail.invoice().outstandingSatang()));
        typed.put("reference", form != null && form.reference() != null ? form.reference() : "");
        model.put("form", typed);
        return model;
    }

    private static long manager(Authentication authentication) {
        return SignedIn.account(authentication).id();
    }

    /** The month asked for ({@code 2026-12}), else this month in Thailand. */
    private static YearMonth month(String text) {
        if (text != null && !text.isBlank()) {
            try {
                return YearMonth.parse(text.strip());
            } catch (DateTimeParseException e) {
                // a hand-edited address: show this month rather than nothing
            }
        }
        return YearMonth.now(Formats.BANGKOK);
    }
}
