package th.otop.catalog.reference;

import java.util.List;

/** What an import file holds, and its columns; {@code action} is empty to add or update, or "remove". */
public enum ReferenceKind {
    CATEGORIES(List.of("code", "name_th", "name_en", "position", "visible")),
    PROVINCES(List.of("id", "name_th", "name_en", "region", "action")),
    DISTRICTS(List.of("id", "province_id", "name_th", "action")),
    SUBDISTRICTS(List.of("id", "district_id", "name_th", "action")),
    POSTCODES(List.of("subdistrict_id", "postcode", "action"));

    private final List<String> columns;

    ReferenceKind(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }
}
