package th.otop.devstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The module boundaries every module's architecture test holds. */
public final class ArchitectureRules {
    private ArchitectureRules() {}

    /** Libraries expose plain services and domain types: no HTTP, no views. */
    public static ArchRule noWebTypes() {
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micronaut.http..", "io.micronaut.views..", "io.micronaut.security..")
                .allowEmptyShould(true)
                .because("web controllers live only in the storefront and the seller portal");
    }

    /** Repositories stay inside their feature package; other code goes through the feature's service. */
    public static ArchRule repositoriesArePackagePrivate() {
        return classes()
                .that()
                .areAnnotatedWith("io.micronaut.data.jdbc.annotation.JdbcRepository")
                .should()
                .notBePublic()
                .allowEmptyShould(true)
                .because("a repository is an implementation detail of its feature");
    }

    /** Entities stay inside their feature package; records cross the boundary instead. */
    public static ArchRule entitiesArePackagePrivate() {
        return classes()
                .that()
                .areAnnotatedWith("io.micronaut.data.annotation.MappedEntity")
                .should()
                .notBePublic()
                .allowEmptyShould(true)
                .because("other modules see domain records, never table rows");
    }

    /** A module's code may use another module only through that module's public types. */
    public static ArchRule onlyPublicApiOf(String module) {
        return classes()
                .that()
                .resideInAPackage("th.otop." + module + "..")
                .and()
                .areNotPublic()
                .should()
                .onlyBeAccessed()
                .byClassesThat()
                .resideInAPackage("th.otop." + module + "..")
                .allowEmptyShould(true);
    }
}
