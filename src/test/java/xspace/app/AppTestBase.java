package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import xspace.testing.TestWorkspace;

/**
 * What every application test sets up: the tiny workspace, a copy of it for the test class (or for
 * each test, where votes of one test must not count in another), the application started on it
 * with a throw-away annotator and preferences node, and stopped after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AppTestBase {

    private static final Map<Class<?>, Path> COPIES = new ConcurrentHashMap<>();
    protected final AppDriver driver = new AppDriver();
    protected Path workspace;
    protected MainWindow window;

    @BeforeAll
    static void buildWorkspace() throws Exception {
        TestWorkspace.build();
    }

    /** Whether each test gets a fresh copy of the workspace rather than one per test class. */
    protected boolean freshWorkspacePerTest() {
        return false;
    }

    /** Whether the user is signed in from the start, rather than asked who is annotating when the workspace opens. */
    protected boolean signedInAtStart() {
        return true;
    }

    /** Changes to the workspace copy before the application opens it; none by default. */
    protected void prepare(Path copy) throws Exception {
    }

    /** Not TestFX's @Start: the extension looks for that only in the test class itself, not its superclasses. */
    @BeforeEach
    void start() throws Exception {
        workspace = freshWorkspacePerTest() ? preparedCopy() : COPIES.computeIfAbsent(getClass(), k -> {
            try {
                return preparedCopy();
            } catch (Exception e) {
                throw new IllegalStateException("cannot copy the test workspace", e);
            }
        });
        if (!signedInAtStart()) {
            driver.askingWhoIsAnnotating();
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        window = WaitForAsyncUtils.asyncFx(() -> driver.start(stage, workspace)).get();
    }

    private Path preparedCopy() throws Exception {
        Path copy = TestWorkspace.copy();
        prepare(copy);
        return copy;
    }

    @AfterEach
    void stop() throws Exception {
        driver.stop();
        assertThat(driver.uncaught()).as("exceptions thrown on the JavaFX thread").isEmpty();
    }
}
