package xspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md, checked on the compiled classes. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("xspace");

    @Test
    void onlyTheAppUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("xspace.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "org.kordamp.ikonli.javafx..")
                .check(CLASSES);
    }

    @Test
    void theCoreDoesNotUseTheAppOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("xspace.data..", "xspace.model..", "xspace.explain..",
                        "xspace.attribution..", "xspace.metrics..", "xspace.workspace..", "xspace.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("xspace.app..", "xspace.cli..")
                .check(CLASSES);
    }

    @Test
    void theAppAndTheCommandLineAreIndependent() {
        noClasses().that().resideInAPackage("xspace.cli..")
                .should().dependOnClassesThat().resideInAPackage("xspace.app..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("xspace.app..")
                .should().dependOnClassesThat().resideInAPackage("xspace.cli..")
                .check(CLASSES);
    }

    @Test
    void theWorkspaceDatabaseNeedsNoDeepLearningEngine() {
        noClasses().that().resideInAnyPackage("xspace.workspace.db..", "xspace.workspace.sharing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..",
                        "xspace.model..", "xspace.explain..")
                .check(CLASSES);
    }

    @Test
    void theDataLayerNeedsNoDeepLearningEngine() {
        noClasses().that().resideInAPackage("xspace.data..")
                .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..",
                        "xspace.model..", "xspace.explain..", "xspace.workspace..")
                .check(CLASSES);
    }
}
