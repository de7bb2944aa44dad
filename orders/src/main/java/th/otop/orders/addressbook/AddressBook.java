package th.otop.orders.addressbook;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.otop.catalog.GeneratedKeys;
import th.otop.catalog.geography.Geography;
import th.otop.catalog.validation.Checks;
import th.otop.orders.order.ShippingAddress;

/**
 * A consumer's saved shipping addresses. Every query is scoped by the account, so one consumer never reads or changes
 * another's address. The first address saved becomes the default; deleting the default makes the newest left the
 * default, so a book with addresses always has one.
 */
@Singleton
public class AddressBook {
    /** Enough for home, work and family; a bound keeps a script from filling the table. */
    public static final int MAX_ADDRESSES = 20;

    private static final String COLUMNS =
            "id, recipient_name, phone, address_line, subdistrict, district, province_id, postcode, is_default";

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private final JdbcOperations jdbc;
    private final Geography geography;

    AddressBook(JdbcOperations jdbc, Geography geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    /** The account's addresses, the default first, then the newest. */
    @Transactional
    public List<SavedAddress> of(long accountId) {
        return select("WHERE account_id=? ORDER BY is_default DESC, id DESC", ps -> ps.setLong(1, accountId));
    }

    @Transactional
    public Optional<SavedAddress> find(long accountId, long id) {
        return select("WHERE account_id=? AND id=?", ps -> {
                    ps.setLong(1, accountId);
                    ps.setLong(2, id);
                })
                .stream()
                .findFirst();
    }

    /** Checks the address as checkout does (the place against the reference geography) and saves it. */
    @Transactional
    public SavedAddress add(long accountId, ShippingAddress address, boolean makeDefault) {
        ShippingAddress checked = checked(address);
        List<SavedAddress> existing = of(accountId);
        new Checks()
                .require(
                        existing.size() < MAX_ADDRESSES,
                        "addressBook",
                        "สมุดที่อยู่เก็บได้ไม่เกิน " + MAX_ADDRESSES + " ที่อยู่ กรุณาลบที่อยู่ที่ไม่ใช้แล้ว",
                        "The address book holds at most " + MAX_ADDRESSES + " addresses: delete one you no longer use")
                .throwIfInvalid();
        long id = GeneratedKeys.insert(
                jdbc,
                "INSERT INTO saved_address (account_id, recipient_name, phone, address_line, subdistrict, district, "
                        + "province_id, postcode) VALUES (?,?,?,?,?,?,?,?)",
                ps -> {
                    ps.setLong(1, accountId);
                    bindAddress(ps, 2, checked);
                });
        if (makeDefault || existing.isEmpty()) {
            markDefault(accountId, id);
        }
        return find(accountId, id).orElseThrow();
    }

    /**
     * Keeps an address a consumer just ordered to, when they asked for it: nothing happens when the book has it already
     * (a repeated order) or is full, because the order itself went through.
     */
    @Transactional
    public void remember(long accountId, ShippingAddress address) {
        ShippingAddress normalized = address.normalized();
        List<SavedAddress> existing = of(accountId);
        if (existing.size() < MAX_ADDRESSES
                && existing.stream().noneMatch(s -> s.address().equals(normalized))) {
            add(accountId, normalized, false);
        }
    }

    @Transactional
    public SavedAddress update(long accountId, long id, ShippingAddress address) {
        requireOwn(accountId, id);
        ShippingAddress checked = checked(address);
        jdbc.prepareStatement(
                "UPDATE saved_address SET recipient_name=?, phone=?, address_line=?, subdistrict=?, district=?, "
                        + "province_id=?, postcode=? WHERE id=? AND account_id=?",
                ps -> {
                    bindAddress(ps, 1, checked);
                    ps.setLong(8, id);
                    ps.setLong(9, accountId);
                    return ps.executeUpdate();
                });
        return find(accountId, id).orElseThrow();
    }

    @Transactional
    public void delete(long accountId, long id) {
        SavedAddress gone = requireOwn(accountId, id);
        jdbc.prepareStatement("DELETE FROM saved_address WHERE id=? AND account_id=?", ps -> {
            ps.setLong(1, id);
            ps.setLong(2, accountId);
            return ps.executeUpdate();
        });
        if (gone.isDefault()) {
            of(accountId).stream().findFirst().ifPresent(next -> markDefault(accountId, next.id()));
        }
    }

    /** Erases the account's addresses, when the account is deleted. */
    @Transactional
    public void forget(long accountId) {
        jdbc.prepareStatement("DELETE FROM saved_address WHERE account_id=?", ps -> {
            ps.setLong(1, accountId);
            return ps.executeUpdate();
        });
    }

    @Transactional
    public void makeDefault(long accountId, long id) {
        requireOwn(accountId, id);
        markDefault(accountId, id);
    }

    private SavedAddress requireOwn(long accountId, long id) {
        return find(accountId, id).orElseThrow(() -> new SavedAddressNotFoundException(id));
    }

    private ShippingAddress checked(ShippingAddress address) {
        ShippingAddress normalized = address.normalized();
        geography.check(normalized.place(), normalized.check(new Checks())).throwIfInvalid();
        return normalized;
    }

    private void markDefault(long accountId, long id) {
        jdbc.prepareStatement("UPDATE saved_address SET is_default = (id = ?) WHERE account_id=?", ps -> {
            ps.setLong(1, id);
            ps.setLong(2, accountId);
            return ps.executeUpdate();
        });
    }

    private static void bindAddress(PreparedStatement ps, int first, ShippingAddress a) throws SQLException {
        ps.setString(first, a.recipientName());
        ps.setString(first + 1, a.phone());
        ps.setString(first + 2, a.addressLine());
        ps.setString(first + 3, a.subdistrict());
        ps.setString(first + 4, a.district());
        ps.setInt(first + 5, a.provinceId());
        ps.setString(first + 6, a.postcode());
    }

    private List<SavedAddress> select(String where, Binder binder) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM saved_address " + where, ps -> {
            binder.bind(ps);
            List<SavedAddress> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new SavedAddress(
                            rs.getLong("id"),
                            new ShippingAddress(
                                    rs.getString("recipient_name"),
                                    rs.getString("phone"),
                                    rs.getString("address_line"),
                                    rs.getString("subdistrict"),
                                    rs.getString("district"),
                                    rs.getInt("province_id"),
                                    rs.getString("postcode")),
                            rs.getBoolean("is_default")));
                }
            }
            return found;
        });
    }
}
