package th.otop.orders;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import th.otop.devstack.ArchitectureRules;

@AnalyzeClasses(packages = "th.otop.orders", importOptions = ImportOption.DoNotIncludeTests.class)
class OrdersArchitectureTest {
    @ArchTest
    static final ArchRule noWebTypes = ArchitectureRules.noWebTypes();

    @ArchTest
    static final ArchRule repositoriesArePackagePrivate = ArchitectureRules.repositoriesArePackagePrivate();

    @ArchTest
    static final ArchRule entitiesArePackagePrivate = ArchitectureRules.entitiesArePackagePrivate();
}
