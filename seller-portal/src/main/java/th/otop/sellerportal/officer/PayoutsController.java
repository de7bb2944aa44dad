package th.otop.sellerportal.officer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import th.otop.catalog.producer.Producer;
import th.otop.catalog.producer.ProducerId;
import th.otop.catalog.producer.Producers;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;
import th.otop.orders.ledger.PayoutBatch;
import th.otop.orders.ledger.PayoutLine;
import th.otop.orders.ledger.Payouts;
import th.otop.sellerportal.web.Formats;
import th.otop.sellerportal.web.Forms;
import th.otop.webkit.security.Roles;

/**
 * Finance: admin officers pay producers what the platform owes them (card payments it collected, less fees and
 * refunds) and record each transfer with its PromptPay or bank reference, one producer or many in one batch. The owed
 * list and each batch download as CSV for the bank; every payout is in the audit log.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/officer/payouts")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class PayoutsController {
    private final Payouts payouts;
    private final Producers producers;
    private final HttpLocaleResolver locales;

    PayoutsController(Payouts payouts, Producers producers, HttpLocaleResolver locales) {
        this.payouts = payouts;
        this.producers = producers;
        this.locales = locales;
    }

    @Get
    @View("officer/payouts")
    Map<String, Object> list(@Nullable @QueryValue Long recorded) {
        Map<String, Object> model = model(Map.of());
        if (recorded != null) {
            payouts.batch(recorded).ifPresent(batch -> model.put("recorded", batch));
        }
        return model;
    }

    /**
     * The ticked rows of the owed list ({@code pay.N}, {@code producer.N}, {@code amount.N}, {@code reference.N}) as one
     * batch; errors come back on the rows they belong to.
     */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(HttpRequest<?> request, Authentication authentication, @Body Map<String, String> form) {
        List<Integer> rows = new ArrayList<>();
        List<PayoutLine> lines = new ArrayList<>();
        List<FieldError> unreadable = new ArrayList<>();
        for (int row = 0; form.containsKey("producer." + row); row++) {
            if (!"on".equals(form.get("pay." + row))) {
                continue;
            }
            Optional<Producer> producer = producers.findByPublicId(Forms.value(form, "producer." + row));
            OptionalLong amount = Formats.satang(form.get("amount." + row));
            if (producer.isEmpty() || amount.isEmpty()) {
                unreadable.add(new FieldError(
                        "amount." + row, "ยอดโอนต้องเป็นจำนวนเงินบาท", "The amount must be an amount in baht"));
                continue;
            }
            rows.add(row);
            lines.add(new PayoutLine(producer.get().id(), amount.getAsLong(), Forms.value(form, "reference." + row)));
        }
        try {
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            PayoutBatch batch = payouts.record(Officer.id(authentication), lines);
            return HttpResponse.seeOther(URI.create("/officer/payouts?recorded=" + batch.id() + "#recorded"));
        } catch (InvalidInputException e) {
            // the library numbers errors by line of the batch; the page by row of the list
            List<FieldError> errors = unreadable.isEmpty()
                    ? e.errors().stream().map(error -> onRow(error, rows)).toList()
                    : unreadable;
            return Forms.invalid("officer/payouts", model(form), errors, locales.resolveOrDefault(request));
        }
    }

    @Get(value = "/owed.csv", produces = "text/csv;charset=utf-8")
    HttpResponse<String> owedCsv() {
        return HttpResponse.ok(PayoutsCsv.owed(owed()))
                .header("Content-Disposition", "attachment; filename=\"payouts-owed.csv\"");
    }

    @Get(value = "/batches/{id}.csv", produces = "text/csv;charset=utf-8")
    HttpResponse<String> batchCsv(long id) {
        PayoutBatch batch = payouts.batch(id).orElseThrow(Officer::notFound);
        return HttpResponse.ok(PayoutsCsv.batch(batch, this::producer))
                .header("Content-Disposition", "attachment; filename=\"payout-batch-" + id + ".csv\"");
    }

    private static FieldError onRow(FieldError error, List<Integer> rows) {
        String[] parts = error.field().split("\\.", 2);
        if (parts.length == 2 && parts[1].chars().allMatch(Character::isDigit)) {
            int line = Integer.parseInt(parts[1]);
            if (line < rows.size()) {
                return new FieldError(parts[0] + "." + rows.get(line), error.messageTh(), error.messageEn());
            }
        }
        return error;
    }

    private Map<String, Object> model(Map<String, String> form) {
        Map<String, Object> model = new HashMap<>();
        List<OwedRow> owed = owed();
        model.put("owed", owed);
        model.put("owedTotal", owed.stream().mapToLong(OwedRow::balanceSatang).sum());
        List<PayoutBatch> batches = payouts.recentBatches();
        model.put("batches", batches);
        model.put("producersById", producersOf(batches));
        model.put("form", form);
        return model;
    }

    private List<OwedRow> owed() {
        return payouts.owed().stream()
                .map(o -> new OwedRow(producer(o.producer()), o.balanceSatang()))
                .filter(row -> row.producer() != null)
                .toList();
    }

    private Producer producer(ProducerId id) {
        return producers.find(id).orElse(null);
    }

    private Map<Long, Producer> producersOf(List<PayoutBatch> batches) {
        Map<Long, Producer> names = new HashMap<>();
        batches.stream()
                .flatMap(b -> b.payouts().stream())
                .forEach(p -> names.computeIfAbsent(p.producer().value(), id -> producer(p.producer())));
        return names;
    }

    /** A producer owed money, with the PromptPay ID the transfer goes to. */
    record OwedRow(Producer producer, long balanceSatang) {}
}
