package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;
import xspace.testing.TestWorkspace;

/** Naming and voting in the concept view (Fig. 3(b)) reach the workspace database at once. */
class AppConceptViewTest extends AppTestBase {

    /** Each test votes on a fresh copy: the votes of one must not count in another. */
    @Override
    protected boolean freshWorkspacePerTest() {
        return true;
    }

    /** The tester's current vote, read through a database connection of its own. */
    private Optional<Trust> storedVote(int feature) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            return db.votes(new XFeatureKey(TestWorkspace.moduleId(workspace), 0, feature)).entrySet().stream()
                    .filter(e -> e.getKey().name().equals(AppDriver.ANNOTATOR)).map(Map.Entry::getValue).findFirst();
        }
    }

    private Optional<String> storedName(int feature) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            return db.currentName(new XFeatureKey(TestWorkspace.moduleId(workspace), 0, feature));
        }
    }

    private void openConceptView(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.show(View.CONCEPT));
        AppDriver.await(() -> window.tasks.running().isEmpty());
    }

    @Test
    void aTypedNameAndAVoteAreStoredForTheAnnotator(FxRobot robot) throws Exception {
        openConceptView(robot);
        int shown = window.state.xFeature.get();
        robot.clickOn("#concept-name").write("red crown").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(shown).isPresent());
        robot.clickOn("#vote-trust");
        AppDriver.await(() -> storedVote(shown).isPresent());

        assertThat(storedName(shown)).contains("red crown");
        assertThat(storedVote(shown)).contains(Trust.TRUST);
        assertThat(storedName((shown + 1) % TestWorkspace.N)).isEmpty();
    }

    @Test
    void keysOneTwoThreeVoteAndPageDownMovesToTheNextXFeature(FxRobot robot) throws Exception {
        openConceptView(robot);
        int first = window.state.xFeature.get();
        int next = (first + 1) % TestWorkspace.N;
        robot.clickOn("#concept-heading");
        robot.type(KeyCode.DIGIT2);
        AppDriver.await(() -> storedVote(first).isPresent());
        assertThat(storedVote(first)).contains(Trust.DISTRUST);
        robot.type(KeyCode.DIGIT3);
        AppDriver.await(() -> storedVote(first).equals(Optional.of(Trust.UNSURE)));
        AppDriver.await(() -> marked(robot).equals(List.of("vote-unsure")));
        robot.type(KeyCode.DIGIT1);
        AppDriver.await(() -> storedVote(first).equals(Optional.of(Trust.TRUST)));
        AppDriver.await(() -> marked(robot).equals(List.of("vote-trust")));

        robot.type(KeyCode.PAGE_DOWN);
        assertThat(window.state.xFeature.get()).isEqualTo(next);
        AppDriver.await(() -> marked(robot).isEmpty());
        robot.type(KeyCode.DIGIT2);
        AppDriver.await(() -> storedVote(next).isPresent());
        assertThat(storedVote(next)).contains(Trust.DISTRUST);
        assertThat(storedVote(first)).contains(Trust.TRUST);
    }

    /** Both computing threads held, so the module chosen again stays loading while the panel is read. */
    @Test
    void whileTheModuleLoadsThePanelSaysSoRatherThanAskingForAClass(FxRobot robot) throws Exception {
        openConceptView(robot);
        javafx.scene.control.Label heading = robot.lookup("#concept-heading").queryAs(javafx.scene.control.Label.class);
        String name = window.state.session.get().className(0);
        CountDownLatch release = holdComputingThreads(robot);
        try {
            robot.interact(() -> {
                var method = window.state.method.get();
                window.state.method.set(null);
                window.state.method.set(method);
            });
            assertThat(window.state.scores.get()).isNull();
            assertThat(heading.getText()).isEqualTo("Loading the SRAE module of class 0 · " + name + "…");
            robot.clickOn("#concept-heading").type(KeyCode.DIGIT1);
            assertThat(robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class).getText())
                    .startsWith("No vote recorded: no x-feature is shown yet (Loading the SRAE module");
        } finally {
            release.countDown();
        }
        AppDriver.await(() -> window.state.scores.get() != null);
        assertThat(heading.getText()).startsWith("x-feature ");
    }

    /** The vote buttons marked as the annotator's own vote. */
    private static List<String> marked(FxRobot robot) {
        return java.util.stream.Stream.of("vote-trust", "vote-distrust", "vote-unsure")
                .filter(id -> robot.lookup("#" + id).query().getPseudoClassStates()
                        .contains(javafx.css.PseudoClass.getPseudoClass("my-vote")))
                .toList();
    }

    /** Both computing threads held: the panel cannot read the next x-feature's names, yet the vote goes there. */
    @Test
    void aVoteRightAfterPageDownGoesToTheXFeatureWhoseHeadingShows(FxRobot robot) throws Exception {
        openConceptView(robot);
        int first = window.state.xFeature.get();
        int next = (first + 1) % TestWorkspace.N;
        CountDownLatch release = holdComputingThreads(robot);
        try {
            robot.clickOn("#concept-heading").type(KeyCode.PAGE_DOWN).type(KeyCode.DIGIT2);
            AppDriver.await(() -> storedVote(next).isPresent() || storedVote(first).isPresent());
        } finally {
            release.countDown();
        }
        assertThat(storedVote(next)).contains(Trust.DISTRUST);
        assertThat(storedVote(first)).isEmpty();
    }

    /** Both computing threads held, so the panel cannot read the note back between the two focus losses. */
    @Test
    void aNoteIsWrittenOnceHoweverOftenItsFieldLosesTheFocus(FxRobot robot) throws Exception {
        openConceptView(robot);
        int shown = window.state.xFeature.get();
        CountDownLatch release = holdComputingThreads(robot);
        try {
            robot.clickOn("#concept-notes").write("barred tail").clickOn("#concept-heading");
            robot.clickOn("#concept-notes").clickOn("#concept-heading");
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            release.countDown();
        }
        AppDriver.await(() -> window.tasks.running().isEmpty());
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            assertThat(db.noteHistory(new XFeatureKey(TestWorkspace.moduleId(workspace), 0, shown))).hasSize(1);
        }
    }

    private CountDownLatch holdComputingThreads(FxRobot robot) {
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> {
            for (int i = 0; i < 2; i++) {
                window.tasks.run("hold-" + i, "holding a thread", m -> {
                    release.await();
                    return null;
                }, r -> { });
            }
        });
        return release;
    }

    @Test
    void typingALetterInTheViewStartsTheNameAndEnterStoresIt(FxRobot robot) throws Exception {
        openConceptView(robot);
        int shown = window.state.xFeature.get();
        robot.clickOn("#concept-heading");
        robot.write("wing bar").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(shown).isPresent());

        assertThat(storedName(shown)).contains("wing bar");
        assertThat(storedVote(shown)).as("letters name, they do not vote").isEmpty();
    }

    @Test
    void ctrlDigitsSwitchViewsAndNeverVote(FxRobot robot) throws Exception {
        openConceptView(robot);
        int shown = window.state.xFeature.get();
        robot.clickOn("#concept-heading");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        AppDriver.await(() -> window.shown() == View.METRICS);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        AppDriver.await(() -> window.shown() == View.CONCEPT);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        AppDriver.await(() -> window.shown() == View.IMAGE);
        AppDriver.await(() -> window.tasks.running().isEmpty());
        assertThat(storedVote(shown)).as("Ctrl+digits are menu accelerators, not votes").isEmpty();
    }

    @Test
    void afterEnterTheFieldIsLeftSoOneVotesInsteadOfExtendingTheName(FxRobot robot) throws Exception {
        openConceptView(robot);
        int shown = window.state.xFeature.get();
        robot.clickOn("#concept-name").write("breast").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(shown).isPresent());
        robot.type(KeyCode.DIGIT1);
        AppDriver.await(() -> storedVote(shown).isPresent());
        assertThat(storedName(shown)).contains("breast");
        assertThat(storedVote(shown)).contains(Trust.TRUST);
    }

    @Test
    void escapeClosesTheNameSuggestionsSoPageUpStillMoves(FxRobot robot) throws Exception {
        openConceptView(robot);
        int first = window.state.xFeature.get();
        robot.clickOn("#concept-heading");
        robot.write("head patch").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(first).isPresent());
        robot.type(KeyCode.PAGE_DOWN);
        AppDriver.await(() -> window.state.xFeature.get() != first);

        robot.write("zq"); // a name no earlier one contains: no suggestions
        robot.type(KeyCode.ESCAPE);
        // past the suggestions' delay: putting the saved (empty) name back asked for them, and every
        // name matched the empty text, so the list opened over the panel and took Page Up
        org.testfx.util.WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(suggestionsShowing()).as("suggestions after Esc").isFalse();
        robot.type(KeyCode.PAGE_UP);
        AppDriver.await(() -> window.state.xFeature.get() == first);
        assertThat(storedName(first)).contains("head patch");
    }

    /** Whether the name suggestions' popup (ControlsFX's AutoCompletePopup) is on screen. */
    private boolean suggestionsShowing() {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                    .anyMatch(w -> w.isShowing() && w.getClass().getSimpleName().equals("AutoCompletePopup")))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void escapeAndLeavingTheFieldNeverRename(FxRobot robot) throws Exception {
        openConceptView(robot);
        int shown = window.state.xFeature.get();
        robot.clickOn("#concept-name").write("wing").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(shown).isPresent());
        robot.clickOn("#concept-heading");
        robot.type(KeyCode.X, KeyCode.Y);
        robot.type(KeyCode.ESCAPE);
        javafx.scene.control.TextField name = robot.lookup("#concept-name").queryAs(javafx.scene.control.TextField.class);
        AppDriver.await(() -> "wing".equals(name.getText()) && !name.isFocused());
        robot.type(KeyCode.Q);
        robot.clickOn("#concept-heading");
        robot.clickOn("#vote-distrust");
        AppDriver.await(() -> storedVote(shown).isPresent());
        AppDriver.await(() -> window.tasks.running().isEmpty());
        assertThat(storedName(shown)).as("a stray letter and a click elsewhere leave the name").contains("wing");
        assertThat(name.getText()).isEqualTo("wing");
    }

    @Test
    void aVoteCanBeWithdrawnAndWhoVotedWhatIsShown(FxRobot robot) throws Exception {
        openConceptView(robot);
        int shown = window.state.xFeature.get();
        robot.clickOn("#concept-heading");
        robot.type(KeyCode.DIGIT2);
        AppDriver.await(() -> storedVote(shown).isPresent());
        javafx.scene.control.Label voters = robot.lookup("#concept-voters").queryAs(javafx.scene.control.Label.class);
        AppDriver.await(() -> voters.getText().equals("Votes: " + AppDriver.ANNOTATOR + " distrust"));
        robot.type(KeyCode.DIGIT0);
        AppDriver.await(() -> storedVote(shown).isEmpty());
        robot.type(KeyCode.DIGIT1);
        AppDriver.await(() -> storedVote(shown).isPresent());
        robot.clickOn("#vote-withdraw");
        AppDriver.await(() -> storedVote(shown).isEmpty());
        AppDriver.await(() -> voters.getText().isEmpty());
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            assertThat(db.voteHistory(new XFeatureKey(TestWorkspace.moduleId(workspace), 0, shown))).as("cast, withdrawn, cast, withdrawn")
                    .hasSize(4);
        }
    }

    @Test
    void theNameHistoryIsShownAndTheLastNameCanBeUndone(FxRobot robot) throws Exception {
        openConceptView(robot);
        int shown = window.state.xFeature.get();
        robot.clickOn("#concept-name").write("crown").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(shown).equals(Optional.of("crown")));
        robot.clickOn("#concept-name").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("cap").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(shown).equals(Optional.of("cap")));
        javafx.scene.control.Label history = robot.lookup("#concept-name-history")
                .queryAs(javafx.scene.control.Label.class);
        AppDriver.await(() -> history.getText().lines().count() == 2);
        assertThat(history.getText().lines().findFirst().orElseThrow()).endsWith(AppDriver.ANNOTATOR + ": cap");
        robot.interact(() -> robot.lookup("#concept-history-pane").queryAs(javafx.scene.control.TitledPane.class)
                .setExpanded(true));
        AppDriver.await(() -> robot.lookup("#name-undo").queryAs(javafx.scene.control.Button.class).isVisible()
                && !robot.lookup("#name-undo").queryAs(javafx.scene.control.Button.class).isDisabled());
        robot.clickOn("#name-undo");
        AppDriver.await(() -> storedName(shown).equals(Optional.of("crown")));
        AppDriver.await(() -> history.getText().lines().count() == 3);
        javafx.scene.control.TextField name = robot.lookup("#concept-name")
                .queryAs(javafx.scene.control.TextField.class);
        AppDriver.await(() -> "crown".equals(name.getText()));
    }

    @Test
    void selectAllWorksWhileSuggestionsAreOpen(FxRobot robot) throws Exception {
        openConceptView(robot);
        int first = window.state.xFeature.get();
        robot.clickOn("#concept-name").write("crown patch").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(first).isPresent());
        robot.type(KeyCode.PAGE_DOWN);
        int second = window.state.xFeature.get();
        AppDriver.await(() -> window.tasks.running().isEmpty());
        robot.clickOn("#concept-name").write("cro");
        AppDriver.await(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("nape").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(second).isPresent());
        assertThat(storedName(second)).contains("nape");
    }
}
