package se.bistand.app.arkitektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule: domain ← persistence ← app; the domain is pure. */
class ArkitekturTest {

    private static JavaClasses klasser;

    @BeforeAll
    static void importera() {
        klasser = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(plats -> !plats.contains("-tests.jar") && !plats.contains("/test-classes/"))
                .importPackages("se.bistand");
    }

    @Test
    void theDomainDependsOnNothingButTheJdkAndSlf4j() {
        noClasses().that().resideInAPackage("se.bistand.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("se.bistand.domain..", "java..", "javax.crypto..",
                        "org.slf4j..")
                .check(klasser);
    }

    @Test
    void theDomainKnowsNeitherPersistenceNorApp() {
        noClasses().that().resideInAPackage("se.bistand.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("se.bistand.persistence..", "se.bistand.app..")
                .check(klasser);
    }

    @Test
    void persistenceKnowsNothingOfTheApp() {
        noClasses().that().resideInAPackage("se.bistand.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("se.bistand.app..", "javafx..")
                .check(klasser);
    }

    @Test
    void onlyTheCompositionRootAndCliSeePersistence() {
        noClasses().that().resideInAPackage("se.bistand.app..")
                .and().resideOutsideOfPackages("se.bistand.app", "se.bistand.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("se.bistand.persistence..")
                .because("views and view-models work through the domain's services (AppContext wires persistence)")
                .check(klasser);
    }

    @Test
    void sqlLivesOnlyInPersistence() {
        noClasses().that().resideOutsideOfPackage("se.bistand.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.flywaydb..")
                .check(klasser);
    }
}
