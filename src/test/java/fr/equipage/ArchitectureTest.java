package fr.equipage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of the README, checked on the compiled application classes:
 * {@code app → ui, cli → service → engine, store, io, format → model}; {@code files} (writing a file
 * whole or not at all, French file errors) serves io, format and the layers above, and needs nothing.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.equipage");
    }

    @Test
    void uiAndCliReachDataOnlyThroughTheServices() {
        noClasses().that().resideInAnyPackage("fr.equipage.ui..", "fr.equipage.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.equipage.store..", "java.sql..", "javax.sql..", "org.h2..")
                .because("the screens and commands go through fr.equipage.service").check(classes);
    }

    @Test
    void modelAndEngineDependOnNothingOuter() {
        noClasses().that().resideInAnyPackage("fr.equipage.model..", "fr.equipage.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "fr.equipage.store..", "fr.equipage.io..",
                        "fr.equipage.format..", "fr.equipage.service..", "fr.equipage.ui..", "fr.equipage.cli..",
                        "fr.equipage.app..", "java.sql..")
                .check(classes);
    }

    @Test
    void modelDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("fr.equipage.model..")
                .should().dependOnClassesThat().resideInAPackage("fr.equipage.engine..").check(classes);
    }

    @Test
    void ioAndStoreDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("fr.equipage.io..")
                .should().dependOnClassesThat().resideInAPackage("fr.equipage.store..").check(classes);
        noClasses().that().resideInAPackage("fr.equipage.store..")
                .should().dependOnClassesThat().resideInAPackage("fr.equipage.io..").check(classes);
    }

    @Test
    void fileHelpersDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("fr.equipage.files..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.equipage.model..", "fr.equipage.engine..",
                        "fr.equipage.store..", "fr.equipage.io..", "fr.equipage.format..", "fr.equipage.service..",
                        "fr.equipage.ui..", "fr.equipage.cli..", "fr.equipage.app..", "javafx..")
                .check(classes);
    }

    @Test
    void formatsDependOnlyOnTheModel() {
        noClasses().that().resideInAPackage("fr.equipage.format..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.equipage.engine..", "fr.equipage.store..",
                        "fr.equipage.io..", "fr.equipage.service..", "fr.equipage.ui..", "fr.equipage.cli..",
                        "fr.equipage.app..", "javafx..")
                .check(classes);
    }

    @Test
    void layersBelowTheServicesNeverCallUpwards() {
        noClasses().that().resideInAnyPackage("fr.equipage.service..", "fr.equipage.store..", "fr.equipage.io..",
                        "fr.equipage.format..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.equipage.ui..", "fr.equipage.cli..",
                        "fr.equipage.app..", "javafx..")
                .check(classes);
        noClasses().that().resideInAnyPackage("fr.equipage.store..", "fr.equipage.io..", "fr.equipage.format..",
                        "fr.equipage.engine..")
                .should().dependOnClassesThat().resideInAPackage("fr.equipage.service..").check(classes);
    }

    @Test
    void theCommandLineAndTheWindowAreIndependent() {
        noClasses().that().resideInAPackage("fr.equipage.cli..")
                .should().dependOnClassesThat().resideInAPackage("fr.equipage.ui..").check(classes);
        noClasses().that().resideInAPackage("fr.equipage.ui..")
                .should().dependOnClassesThat().resideInAPackage("fr.equipage.cli..").check(classes);
    }
}
