package th.otop.sellerportal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import th.otop.devstack.ArchitectureRules;

@AnalyzeClasses(
        packages = {"th.otop.sellerportal", "th.otop.catalog", "th.otop.orders"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class SellerPortalArchitectureTest {
    @ArchTest
    static final ArchRule catalogOnlyThroughItsPublicApi = ArchitectureRules.onlyPublicApiOf("catalog");

    @ArchTest
    static final ArchRule ordersOnlyThroughItsPublicApi = ArchitectureRules.onlyPublicApiOf("orders");

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = ArchitectureRules.repositoriesArePackagePrivate();

    @ArchTest
    static final ArchRule entitiesArePackagePrivate = ArchitectureRules.entitiesArePackagePrivate();
}
