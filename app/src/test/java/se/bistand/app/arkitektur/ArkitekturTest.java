package se.bistand.app.arkitektur;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule: domain ← persistence ← app; the domain is pure. Inside {@code app}: no
 * cycles between feature packages, {@code app.ui} is a leaf, features see the shell only through
 * its port, and view-models get their services injected (no locator).
 */
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

    @Test
    void theAppsFeaturePackagesAreFreeOfCycles() {
        slices().matching("se.bistand.app.(*)..")
                .should().beFreeOfCycles()
                .ignoreDependency(simpleName("Sektioner").or(simpleName("Fonsterhanterare")),
                        resideInAPackage("se.bistand.app.."))
                .because("the shell's registry (Sektioner) and window controller (Fonsterhanterare) are the one place "
                        + "that knows every feature; features know only the shell's port")
                .check(klasser);
    }

    @Test
    void featuresSeeTheShellOnlyThroughItsPort() {
        noClasses().that().resideInAPackage("se.bistand.app..").and().resideOutsideOfPackage("se.bistand.app.shell..")
                .should().dependOnClassesThat(resideInAPackage("se.bistand.app.shell..")
                        .and(not(simpleName("Session").or(simpleName("Skal")).or(simpleName("Sektion"))
                                .or(simpleName("Skalhandlingar")).or(simpleName("BistandFxApp")))))
                .because("open a case, report an avvikelse, a banner, a section: ask session.skal(); never look for "
                        + "the main window (Main starts BistandFxApp)")
                .check(klasser);
    }

    @Test
    void theUiPackageIsALeaf() {
        noClasses().that().resideInAPackage("se.bistand.app.ui..")
                .should().dependOnClassesThat(resideInAPackage("se.bistand.app..")
                        .and(not(resideInAnyPackage("se.bistand.app.ui..")))
                        .and(not(simpleName("Meddelanden"))))
                .because("widgets, formats, the runner and the incident dialog serve every feature and know none")
                .check(klasser);
    }

    @Test
    void viewModelsGetTheirServicesInjected() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat(simpleName("AppContext").or(simpleName("Tjanster")))
                .orShould().callMethod("se.bistand.app.shell.Session", "tjanster")
                .because("a view-model receives the services (or the port) it uses in its constructor")
                .check(klasser);
    }
}
