package th.otop.catalog.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import th.otop.catalog.product.Category;

/** The categories as officers named and ordered them; a code missing from the table keeps its built-in names. */
@Singleton
public class CategoryLabels {
    private final JdbcOperations jdbc;

    CategoryLabels(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every category, in the officers' order. */
    @Transactional
    public List<CategoryLabel> all() {
        List<CategoryLabel> labels = jdbc.prepareStatement(
                "SELECT code, name_th, name_en, position, visible FROM category_label ORDER BY position, code", ps -> {
                    List<CategoryLabel> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new CategoryLabel(
                                    Category.valueOf(rs.getString(1)),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getInt(4),
                                    rs.getBoolean(5)));
                        }
                    }
                    return rows;
                });
        for (Category category : Category.values()) {
            if (labels.stream().noneMatch(l -> l.code() == category)) {
                labels.add(new CategoryLabel(
                        category,
                        category.label(java.util.Locale.forLanguageTag("th")),
                        category.label(java.util.Locale.ENGLISH),
                        Integer.MAX_VALUE,
                        true));
            }
        }
        return labels;
    }

    /** What a new or edited listing may choose, plus its current category even if hidden since. */
    @Transactional
    public List<CategoryLabel> choosable(Category current) {
        return all().stream().filter(l -> l.visible() || l.code() == current).toList();
    }
}
