package th.otop.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketplaceTest {

    @Test
    void printsTheDemoSignInsFromTheDemoLoadingAppsClassPathWithEachAppsAddress(@TempDir Path classes)
            throws IOException {
        Path file = classes.resolve("th/otop/catalog/demo/demo-accounts.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                """
                accounts=officer,outlet
                officer.email=officer@demo.otop.test
                officer.password=otop-demo-2569
                officer.label=CDD officer
                officer.app=seller-portal
                officer.path=/signin
                outlet.email=outlet@demo.otop.test
                outlet.password=otop-demo-2569
                outlet.label=Sukjai Shop outlet
                outlet.app=storefront
                outlet.path=/signin
                """);
        Marketplace.App storefront = new Marketplace.App("storefront", "Main", 9080, classes.toString());
        Marketplace.App portal = new Marketplace.App("seller-portal", "Main", 9081, classes.toString());

        List<String> lines = Marketplace.demoSignIns(storefront, List.of(storefront, portal))
                .orElseThrow()
                .lines()
                .toList();

        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).contains("CDD officer"));
        assertTrue(lines.get(1).contains("officer@demo.otop.test / otop-demo-2569"), lines.get(1));
        assertTrue(lines.get(1).endsWith("http://localhost:9081/signin"), lines.get(1));
        assertTrue(lines.get(2).endsWith("http://localhost:9080/signin"), lines.get(2));
    }

    @Test
    void printsNothingWithoutDemoAccounts(@TempDir Path classes) {
        Marketplace.App app = new Marketplace.App("storefront", "Main", 9080, classes.toString());
        assertTrue(Marketplace.demoSignIns(app, List.of(app)).isEmpty());
    }
}
