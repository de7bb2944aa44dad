package th.otop.catalog.reference;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import th.otop.catalog.audit.AuditLog;
import th.otop.catalog.geography.Region;
import th.otop.catalog.product.Category;
import th.otop.catalog.reference.LineOutcome.Change;
import th.otop.catalog.validation.Checks;
import th.otop.catalog.validation.FieldError;
import th.otop.catalog.validation.InvalidInputException;

/**
 * Applies an import file line by line, each line in its own transaction: valid lines are applied, a bad line changes
 * nothing and is reported with its line number. Rows are keyed by their official codes, so a new name reaches every
 * producer, product and address that points at the code. Removing needs an admin and is refused while anything still
 * points at the entry. A preview runs every line and rolls each back. The import is then written to the audit log.
 */
@Singleton
public class ReferenceImport {
    private static final String REMOVE = "remove";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;

    ReferenceImport(JdbcOperations jdbc, TransactionOperations<Connection> transactions, AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
    }

    public ImportReport run(
            long officer, boolean mayRemove, ReferenceKind kind, List<ImportLine> lines, boolean preview) {
        List<LineOutcome> outcomes = new ArrayList<>();
        for (ImportLine line : lines) {
            outcomes.add(one(kind, line, mayRemove, preview));
        }
        ImportReport report = new ImportReport(kind, preview, outcomes);
        if (!preview) {
            transactions.executeWrite(status -> {
                audit.record(
                        officer,
                        "reference.import",
                        "reference:" + kind.name().toLowerCase(Locale.ROOT),
                        String.format(
                                Locale.ROOT,
                                "added %d, updated %d, removed %d, unchanged %d, refused %d",
                                report.count(Change.ADDED),
                                report.count(Change.UPDATED),
                                report.count(Change.REMOVED),
                                report.count(Change.UNCHANGED),
                                report.count(Change.REFUSED)));
                return null;
            });
        }
        return report;
    }

    private LineOutcome one(ReferenceKind kind, ImportLine line, boolean mayRemove, boolean preview) {
        String key = line.get(kind.columns().get(0));
        try {
            Change change = transactions.executeWrite(status -> {
                Change done = apply(kind, line, mayRemove);
                if (preview) {
                    status.setRollbackOnly();
                }
                return done;
            });
            return new LineOutcome(line.line(), key, change, List.of());
        } catch (InvalidInputException e) {
            return new LineOutcome(line.line(), key, Change.REFUSED, e.errors());
        } catch (RuntimeException e) {
            if (!causedBy(e, SQLIntegrityConstraintViolationException.class)) {
                throw e;
            }
            return new LineOutcome(
                    line.line(),
                    key,
                    Change.REFUSED,
                    List.of(new FieldError(
                            "name_th",
                            "ชื่อนี้ซ้ำกับรายการอื่นที่มีอยู่แล้ว",
                            "This name is already used by another entry")));
        }
    }

    private Change apply(ReferenceKind kind, ImportLine line, boolean mayRemove) {
        boolean remove = REMOVE.equalsIgnoreCase(line.get("action"));
        new Checks()
                .require(
                        line.get("action").isEmpty() || remove,
                        "action",
                        "action ต้องว่างไว้ (เพิ่มหรือแก้ไข) หรือเป็น remove",
                        "action must be empty (add or update) or remove")
                .require(
                        !remove || mayRemove,
                        "action",
                        "เฉพาะผู้ดูแลระบบเท่านั้นที่ลบข้อมูลอ้างอิงได้",
                        "Only an admin may remove reference data")
                .throwIfInvalid();
        return switch (kind) {
            case CATEGORIES -> category(line);
            case PROVINCES -> remove ? remove("province", "id", line.get("id")) : province(line);
            case DISTRICTS -> remove ? removeDistrict(line.get("id")) : district(line);
            case SUBDISTRICTS -> remove ? removeSubdistrict(line.get("id")) : subdistrict(line);
            case POSTCODES -> postcode(line, remove);
        };
    }

    private Change category(ImportLine line) {
        String code = line.get("code").toUpperCase(Locale.ROOT);
        boolean known = Arrays.stream(Category.values()).anyMatch(c -> c.name().equals(code));
        String visible = line.get("visible").toLowerCase(Locale.ROOT);
        Checks checks = new Checks()
                .require(
                        known,
                        "code",
                        "ไม่มีรหัสหมวดหมู่นี้ (รหัสคงที่: " + codes() + ")",
                        "No such category code (the codes are fixed: " + codes() + ")")
                .require(
                        List.of("true", "false", "yes", "no", "1", "0", "").contains(visible),
                        "visible",
                        "visible ต้องเป็น true หรือ false",
                        "visible must be true or false");
        names(checks, line, true);
        int position = number(checks, line, "position", 0, 9999);
        checks.throwIfInvalid();
        boolean shown = visible.isEmpty() || List.of("true", "yes", "1").contains(visible);
        List<Object> before = row("SELECT name_th, name_en, position, visible FROM category_label WHERE code=?", code);
        List<Object> after = List.of(line.get("name_th"), line.get("name_en"), position, shown);
        update(
                "INSERT INTO category_label (code, name_th, name_en, position, visible) VALUES (?,?,?,?,?) "
                        + "ON DUPLICATE KEY UPDATE name_th=VALUES(name_th), name_en=VALUES(name_en), "
                        + "position=VALUES(position), visible=VALUES(visible)",
                code,
                line.get("name_th"),
                line.get("name_en"),
                position,
                shown);
        return change(before, after);
    }

    private Change province(ImportLine line) {
        Checks checks = new Checks();
        int id = number(checks, line, "id", 10, 99);
        names(checks, line, true);
        String region = line.get("region").toUpperCase(Locale.ROOT);
        checks.require(
                Arrays.stream(Region.values()).anyMatch(r -> r.name().equals(region)),
                "region",
                "ไม่มีภาคนี้ (NORTH, NORTHEAST, CENTRAL, EAST, WEST, SOUTH)",
                "No such region (NORTH, NORTHEAST, CENTRAL, EAST, WEST, SOUTH)");
        checks.throwIfInvalid();
        List<Object> before = row("SELECT name_th, name_en, region FROM province WHERE id=?", id);
        update(
                "INSERT INTO province (id, name_th, name_en, region) VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE "
                        + "name_th=VALUES(name_th), name_en=VALUES(name_en), region=VALUES(region)",
                id,
                line.get("name_th"),
                line.get("name_en"),
                region);
        return change(before, List.of(line.get("name_th"), line.get("name_en"), region));
    }

    private Change district(ImportLine line) {
        Checks checks = new Checks();
        int id = number(checks, line, "id", 1000, 9999);
        int province = number(checks, line, "province_id", 10, 99);
        names(checks, line, false);
        checks.throwIfInvalid();
        parentExists("province", province, "province_id", "ไม่มีจังหวัดรหัสนี้", "No province with this code");
        List<Object> before = row("SELECT province_id, name_th FROM district WHERE id=?", id);
        update(
                "INSERT INTO district (id, province_id, name_th) VALUES (?,?,?) ON DUPLICATE KEY UPDATE "
                        + "province_id=VALUES(province_id), name_th=VALUES(name_th)",
                id,
                province,
                line.get("name_th"));
        return change(before, List.of(province, line.get("name_th")));
    }

    private Change subdistrict(ImportLine line) {
        Checks checks = new Checks();
        int id = number(checks, line, "id", 100000, 999999);
        int district = number(checks, line, "district_id", 1000, 9999);
        names(checks, line, false);
        checks.throwIfInvalid();
        parentExists("district", district, "district_id", "ไม่มีอำเภอรหัสนี้", "No district with this code");
        List<Object> before = row("SELECT district_id, name_th FROM subdistrict WHERE id=?", id);
        update(
                "INSERT INTO subdistrict (id, district_id, name_th) VALUES (?,?,?) ON DUPLICATE KEY UPDATE "
                        + "district_id=VALUES(district_id), name_th=VALUES(name_th)",
                id,
                district,
                line.get("name_th"));
        return change(before, List.of(district, line.get("name_th")));
    }

    private Change postcode(ImportLine line, boolean remove) {
        Checks checks = new Checks();
        int subdistrict = number(checks, line, "subdistrict_id", 100000, 999999);
        String postcode = line.get("postcode");
        checks.require(
                postcode.matches("[1-9][0-9]{4}"),
                "postcode",
                "รหัสไปรษณีย์ต้องเป็นตัวเลข 5 หลัก",
                "The postcode must be 5 digits");
        checks.throwIfInvalid();
        parentExists("subdistrict", subdistrict, "subdistrict_id", "ไม่มีตำบลรหัสนี้", "No subdistrict with this code");
        boolean present = !row(
                        "SELECT postcode FROM subdistrict_postcode WHERE subdistrict_id=? AND postcode=?",
                        subdistrict,
                        postcode)
                .isEmpty();
        if (!remove) {
            if (present) {
                return Change.UNCHANGED;
            }
            update("INSERT INTO subdistrict_postcode (subdistrict_id, postcode) VALUES (?,?)", subdistrict, postcode);
            return Change.ADDED;
        }
        long left = ((Number) row("SELECT COUNT(*) FROM subdistrict_postcode WHERE subdistrict_id=?", subdistrict)
                        .get(0))
                .longValue();
        new Checks()
                .require(present, "postcode", "ตำบลนี้ไม่มีรหัสไปรษณีย์นี้", "This subdistrict has no such postcode")
                .require(
                        !present || left > 1,
                        "postcode",
                        "ลบไม่ได้: เป็นรหัสไปรษณีย์เดียวของตำบลนี้ ที่อยู่ในตำบลนี้จะตรวจสอบไม่ได้",
                        "Cannot remove: it is the subdistrict's only postcode, addresses there could not be checked")
                .throwIfInvalid();
        update("DELETE FROM subdistrict_postcode WHERE subdistrict_id=? AND postcode=?", subdistrict, postcode);
        return Change.REMOVED;
    }

    private Change removeDistrict(String code) {
        refuseWhileProducersUse(code, "SELECT 1 FROM producer WHERE district_id=? LIMIT 1");
        return remove("district", "id", code);
    }

    /** A subdistrict's postcodes are part of it, so they go with it. */
    private Change removeSubdistrict(String code) {
        refuseWhileProducersUse(code, "SELECT 1 FROM producer WHERE subdistrict_id=? LIMIT 1");
        if (code.matches("[0-9]{6}")) {
            update("DELETE FROM subdistrict_postcode WHERE subdistrict_id=?", Long.parseLong(code));
        }
        return remove("subdistrict", "id", code);
    }

    /**
     * The foreign keys would refuse too, but this says why in words a person can act on: the shops still there.
     */
    private void refuseWhileProducersUse(String code, String query) {
        new Checks()
                .require(code.matches("[0-9]{4,6}"), "id", "รหัสไม่ถูกต้อง", "The code is not valid")
                .throwIfInvalid();
        new Checks()
                .require(
                        row(query, Long.parseLong(code)).isEmpty(),
                        "id",
                        "ลบไม่ได้: ยังมีผู้ผลิตใช้พื้นที่นี้ในที่อยู่ เปลี่ยนชื่อแทนการลบได้",
                        "Cannot remove: producers' addresses still use this area; rename it instead")
                .throwIfInvalid();
    }

    /** Removes by code; the foreign keys refuse while producers, outlets, addresses or lower areas point at it. */
    private Change remove(String table, String column, String code) {
        new Checks()
                .require(code.matches("[0-9]{2,6}"), column, "รหัสไม่ถูกต้อง", "The code is not valid")
                .throwIfInvalid();
        new Checks()
                .require(
                        !row("SELECT 1 FROM " + table + " WHERE " + column + "=?", Long.parseLong(code))
                                .isEmpty(),
                        column,
                        "ไม่มีรายการรหัสนี้",
                        "No entry with this code")
                .throwIfInvalid();
        try {
            update("DELETE FROM " + table + " WHERE " + column + "=?", Long.parseLong(code));
        } catch (RuntimeException e) {
            if (!causedBy(e, SQLIntegrityConstraintViolationException.class)) {
                throw e;
            }
            throw new InvalidInputException(List.of(new FieldError(
                    column,
                    "ลบไม่ได้: ยังมีผู้ผลิต ร้าน ที่อยู่ หรือพื้นที่ย่อยอ้างถึงรายการนี้ เปลี่ยนชื่อแทนการลบได้",
                    "Cannot remove: producers, outlets, addresses or areas under it still use this entry; "
                            + "rename it instead")));
        }
        return Change.REMOVED;
    }

    private void parentExists(String table, int id, String field, String messageTh, String messageEn) {
        new Checks()
                .require(!row("SELECT 1 FROM " + table + " WHERE id=?", id).isEmpty(), field, messageTh, messageEn)
                .throwIfInvalid();
    }

    private static void names(Checks checks, ImportLine line, boolean english) {
        checks.notBlank(line.get("name_th"), "name_th", "ชื่อภาษาไทย", "The Thai name")
                .maxLength(line.get("name_th"), 100, "name_th", "ชื่อภาษาไทย", "The Thai name");
        if (english) {
            checks.notBlank(line.get("name_en"), "name_en", "ชื่อภาษาอังกฤษ", "The English name")
                    .maxLength(line.get("name_en"), 100, "name_en", "ชื่อภาษาอังกฤษ", "The English name");
        }
    }

    private static int number(Checks checks, ImportLine line, String column, int min, int max) {
        try {
            int value = Integer.parseInt(line.get(column));
            checks.range(value, min, max, column, column, column);
            return value;
        } catch (NumberFormatException e) {
            checks.require(false, column, column + " ต้องเป็นตัวเลข", column + " must be a number");
            return 0;
        }
    }

    private static Change change(List<Object> before, List<Object> after) {
        if (before.isEmpty()) {
            return Change.ADDED;
        }
        for (int i = 0; i < after.size(); i++) {
            if (!Objects.equals(String.valueOf(before.get(i)), String.valueOf(after.get(i)))) {
                return Change.UPDATED;
            }
        }
        return Change.UNCHANGED;
    }

    private static String codes() {
        return String.join(
                ", ", Arrays.stream(Category.values()).map(Enum::name).toList());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first row's values (booleans and numbers as the driver gives them), or empty. */
    private List<Object> row(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        values.add(rs.getObject(i));
                    }
                }
            }
            return values;
        });
    }

    private void update(String sql, Object... params) {
        jdbc.prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        });
    }
}
