package th.otop.catalog.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.search.SearchOutbox;
import th.otop.catalog.validation.Checks;

/**
 * The OTOP Product Champion grade, recorded by officers only: the product carries the latest grade (search, product
 * pages), and every grade recorded is kept with its officer and time. Producers' drafts have no grade at all.
 */
@Singleton
public class ProductGrades {
    private final JdbcOperations jdbc;
    private final ProductGradeRows rows;
    private final Accounts accounts;
    private final SearchOutbox outbox;

    ProductGrades(JdbcOperations jdbc, ProductGradeRows rows, Accounts accounts, SearchOutbox outbox) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    /** One grade as recorded: the grade, the officer's name (null once the account is gone) and when. */
    public record GradeRecord(Grading grading, @Nullable String officerName, Instant recordedAt) {}

    /**
     * Records an officer's grade. It joins the caller's transaction, which writes the audit entry beside it, so a grade
     * never exists without its audit entry and its history row.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(long officerAccount, ProductId id, Grading grading) {
        grading.check(new Checks()).throwIfInvalid();
        int updated = jdbc.prepareStatement(
                "UPDATE product SET star_rating=?, star_year=?, version=version+1 WHERE id=? AND deleted_at IS NULL",
                ps -> {
                    ps.setObject(1, grading.stars());
                    ps.setObject(2, grading.year());
                    ps.setLong(3, id.value());
                    return ps.executeUpdate();
                });
        if (updated == 0) {
            throw new ProductNotFoundException(id);
        }
        rows.save(new ProductGradeRow(
                null, id.value(), grading.stars(), grading.isGroupD() ? null : grading.year(), officerAccount, null));
        outbox.record(id);
    }

    /** The grades recorded for the product, newest first. */
    @Transactional
    public List<GradeRecord> history(ProductId product) {
        return histories(List.of(product)).getOrDefault(product, List.of());
    }

    /** The grades of several products at once (an officer's page of one producer), newest first. */
    @Transactional
    public Map<ProductId, List<GradeRecord>> histories(Collection<ProductId> products) {
        if (products.isEmpty()) {
            return Map.of();
        }
        List<ProductGradeRow> found = rows.findByProductIdInOrderByIdDesc(
                products.stream().map(ProductId::value).toList());
        Map<Long, String> officers = new HashMap<>();
        Map<ProductId, List<GradeRecord>> byProduct = new LinkedHashMap<>();
        for (ProductGradeRow row : found) {
            String officer = officers.computeIfAbsent(
                    row.officerAccount(),
                    account -> accounts.find(account).map(Account::displayName).orElse(null));
            byProduct
                    .computeIfAbsent(new ProductId(row.productId()), k -> new java.util.ArrayList<>())
                    .add(new GradeRecord(row.grading(), officer, row.recordedAt()));
        }
        return byProduct;
    }
}
