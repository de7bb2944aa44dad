package th.otop.catalog.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Properties;
import th.otop.catalog.account.Account;
import th.otop.catalog.account.Accounts;
import th.otop.catalog.account.ProducerRole;
import th.otop.catalog.account.Role;
import th.otop.catalog.account.SignUp;
import th.otop.catalog.fundmanager.FundManagers;
import th.otop.catalog.outlet.Outlet;
import th.otop.catalog.outlet.OutletApplication;
import th.otop.catalog.outlet.OutletStatus;
import th.otop.catalog.outlet.Outlets;
import th.otop.catalog.producer.ProducerId;

/**
 * The demo marketplace's people, one per role, so a first run can be walked through end to end: a CDD officer, the
 * owner of a verified demo shop, the owner of a verified Sukjai Shop outlet linked to its province's community fund,
 * and that fund's manager (the orders module's demo data gives the outlet its credit line, on {@link Ready}). Their sign-ins are in {@code demo-accounts.properties}, which {@code infra/run} prints.
 */
@Singleton
public class DemoAccounts {
    private static final String FILE = "/th/otop/catalog/demo/demo-accounts.properties";
    /** Chiang Mai: the demo outlet is in Doi Saket. */
    private static final int OUTLET_PROVINCE = 50;

    private final Accounts accounts;
    private final Outlets outlets;
    private final JdbcOperations jdbc;
    private final FundManagers fundManagers;

    DemoAccounts(Accounts accounts, Outlets outlets, JdbcOperations jdbc, FundManagers fundManagers) {
        this.accounts = accounts;
        this.fundManagers = fundManagers;
        this.outlets = outlets;
        this.jdbc = jdbc;
    }

    /** Published once the demo accounts exist, for demo data that other modules add to them. */
    public record Ready() {}

    /** The sign-in of one demo account, as in the file. */
    public record SignIn(String email, String password) {}

    public static SignIn signIn(String id) {
        Properties file = file();
        return new SignIn(file.getProperty(id + ".email"), file.getProperty(id + ".password"));
    }

    /**
     * Creates the demo accounts unless they exist, also in a marketplace whose demo catalogue an older version
     * loaded; answers how many it created. The catalogue must be loaded first (the producer's shop is a demo one).
     */
    @Transactional
    public int createIfMissing() {
        Properties file = file();
        int created = 0;
        if (absent(file, "officer")) {
            register(file, "officer", Role.OFFICER);
            created++;
        }
        if (absent(file, "producer")) {
            Account owner = register(file, "producer", Role.PRODUCER);
            accounts.joinProducer(owner.id(), firstVerifiedProducer(), ProducerRole.OWNER);
            created++;
        }
        if (absent(file, "outlet")) {
            Account owner = register(file, "outlet", Role.CONSUMER);
            Outlet outlet = outlets.signUp(
                    owner.id(),
                    new OutletApplication(
                            file.getProperty("outlet.outlet-name"),
                            file.getProperty("outlet.outlet-name-en"),
                            OUTLET_PROVINCE,
                            file.getProperty("outlet.outlet-address"),
                            file.getProperty("outlet.outlet-operator"),
                            firstFundOf(OUTLET_PROVINCE)));
            outlets.decide(outlet.id(), OutletStatus.VERIFIED, null);
            created++;
        }
        if (absent(file, "fund-manager")) {
            // a plain account first, so the officer's appointment keeps the demo password
            register(file, "fund-manager", Role.CONSUMER);
            fundManagers.appoint(
                    accounts.findByLogin(file.getProperty("officer.email"))
                            .orElseThrow()
                            .id(),
                    firstFundOf(OUTLET_PROVINCE),
                    file.getProperty("fund-manager.email"),
                    file.getProperty("fund-manager.name"),
                    Duration.ofHours(1));
            created++;
        }
        return created;
    }

    private boolean absent(Properties file, String id) {
        return accounts.findByLogin(file.getProperty(id + ".email")).isEmpty();
    }

    private Account register(Properties file, String id, Role role) {
        return accounts.register(new SignUp(
                file.getProperty(id + ".email"),
                file.getProperty(id + ".password"),
                file.getProperty(id + ".name"),
                role,
                false));
    }

    private ProducerId firstVerifiedProducer() {
        return new ProducerId(
                jdbc.prepareStatement("SELECT MIN(id) FROM producer WHERE verification = 'VERIFIED'", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
    }

    private Long firstFundOf(int provinceId) {
        return jdbc.prepareStatement("SELECT MIN(id) FROM community_fund WHERE province_id = ?", ps -> {
            ps.setInt(1, provinceId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, Long.class);
            }
        });
    }

    private static Properties file() {
        try (InputStream in = DemoAccounts.class.getResourceAsStream(FILE)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
