package xspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
                        "xspace.attribution..", "xspace.metrics..", "xspace.workspace..", "xspace.engine..",
                        "xspace.gpu..")
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

    /**
     * The application's packages hold user interface only: a class there that needs no JavaFX
     * (itself or through its nested classes) belongs in {@code xspace.workspace.session} or lower,
     * where the command line can use it too.
     */
    @Test
    void everyAppClassUsesJavaFx() {
        TreeMap<String, Boolean> usesFx = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            if (!c.getPackageName().startsWith("xspace.app") || c.getSimpleName().equals("package-info")) {
                continue;
            }
            String topLevel = c.getName().replaceFirst("\\$.*", "");
            boolean fx = c.getDirectDependenciesFromSelf().stream().anyMatch(d -> isUserInterface(d.getTargetClass()));
            usesFx.merge(topLevel, fx, Boolean::logicalOr);
        }
        Set<String> without = new TreeSet<>();
        usesFx.forEach((name, fx) -> {
            if (!fx && !APP_ONLY.contains(name)) {
                without.add(name);
            }
        });
        assertThat(usesFx).isNotEmpty();
        assertThat(without).as("classes in xspace.app.. that could live without JavaFX").isEmpty();
    }

    /** The product holds one program, the application and its command line; documentation programs are tests. */
    @Test
    void theProductHasOneMainClass() {
        Set<String> mains = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            c.getMethods().stream().filter(m -> m.getName().equals("main") && m.getModifiers().contains(
                    com.tngtech.archunit.core.domain.JavaModifier.STATIC)).forEach(m -> mains.add(c.getName()));
        }
        assertThat(mains).containsExactly("xspace.Main");
    }

    /**
     * The one exception: what the application remembers between runs (window bounds, recent
     * workspaces, hidden columns); no JavaFX type in it, but meaningless outside the application.
     */
    private static final Set<String> APP_ONLY = Set.of("xspace.app.common.AppPreferences");

    private static boolean isUserInterface(JavaClass target) {
        String name = target.getName();
        return name.startsWith("javafx.") || name.startsWith("org.controlsfx.")
                || name.startsWith("org.kordamp.ikonli.javafx.");
    }
}
