package xspace.app;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import xspace.data.BirdImage;
import xspace.explain.ExplanationMethod;
import xspace.workspace.session.WorkspaceSession;
import xspace.app.common.Annotations;
import xspace.app.common.AppPreferences;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;
import xspace.app.common.FailureDialog;
import xspace.app.common.Icons;
import xspace.app.common.StatusBar;
import xspace.app.image.ImageViewPane;
import xspace.app.concept.ConceptViewPane;
import xspace.app.metrics.MetricsView;
import xspace.app.overview.ClassOverview;
import xspace.workspace.WorkspaceCreation;

/**
 * The main window: menus and the module choice on top, the image view, concept view, metrics and
 * class overview as tabs, the status bar at the bottom. Owns the shared state and the background work.
 */
final class MainWindow extends BorderPane {

    final AppState state = new AppState();
    final BackgroundTasks tasks = new BackgroundTasks(2);
    private final Stage stage;
    private final AppPreferences preferences;
    private final StatusBar status = new StatusBar(tasks);
    private final TabPane tabs = new TabPane();
    private final Map<View, Tab> tabOf = new EnumMap<>(View.class);
    private final AppOptions options;
    private final AppActions actions;
    private final ImageViewPane imageView;
    private final ConceptViewPane conceptView;
    private final MetricsView metricsView;
    private final Label annotatorLabel = new Label();
    private final ModuleBar moduleBar = new ModuleBar(state);
    private final AnnotatorSignIn signIn;
    private final WorkspaceOpener opener;

    MainWindow(Stage stage, AppPreferences preferences, AppOptions options) {
        this.stage = stage;
        this.preferences = preferences;
        this.options = options;
        tasks.onError(new FailureDialog(stage)::show);
        signIn = new AnnotatorSignIn(state, tasks, preferences, options, status);
        opener = new WorkspaceOpener(stage, state, tasks, status, preferences, this::chooseClass,
                () -> chooseAnnotator(false));
        Annotations annotations = new Annotations(state, tasks, signIn);
        new ModuleLoader(state, tasks);
        imageView = new ImageViewPane(state, tasks, preferences, () -> show(View.CONCEPT));
        conceptView = new ConceptViewPane(state, tasks, annotations, imageView.heatmapControls(), this::showImage);
        metricsView = new MetricsView(state, tasks);
        addTab(View.IMAGE, imageView);
        addTab(View.CONCEPT, conceptView);
        addTab(View.METRICS, metricsView);
        ClassOverview overview = new ClassOverview(state, tasks,
                row -> openXFeature(row.classIndex(), row.method(), row.feature()));
        addTab(View.OVERVIEW, overview);
        overview.onScreen().bind(tabOf.get(View.OVERVIEW).selectedProperty());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("views");
        actions = new AppActions(this, preferences);
        annotatorLabel.setId("annotator-label");
        annotatorLabel.setGraphic(Icons.of(MaterialDesignA.ACCOUNT));
        annotatorLabel.setText("not signed in");
        state.annotator.addListener((o, a, who) -> annotatorLabel.setText(who == null ? "not signed in" : who.name()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        state.classIndex.addListener((o, old, now) -> followExplainedClass(now));
        HBox toolbar = new HBox(10, moduleBar, spacer, new AccuracyLabel(state), annotatorLabel);
        toolbar.getStyleClass().add("toolbar");
        MenuBar menus = new MainMenu(actions, preferences).bar(new CacheMenu(this, preferences),
                new HelpMenu(stage, tasks));
        setTop(new VBox(menus, toolbar));
        setCenter(tabs);
        setBottom(status);
        status.reportBackend();
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (shown() == View.CONCEPT) {
                conceptView.keys(e);
            }
        });
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (shown() == View.CONCEPT) {
                conceptView.typed(e);
            }
        });
    }

    /** Shows the view and divider of a layout remembered from an earlier session. */
    void restore(AppPreferences.WindowLayout layout) {
        View.ofId(layout.view()).ifPresent(this::show);
        // Never a list that hides the image, whatever a damaged preference says, nor the share a
        // small window forced on the list (half of it), which takes half of a maximised screen.
        imageView.keepBrowserShare(Math.max(0.2, Math.min(0.35, layout.browserSplit())));
    }

    /**
     * The layout to remember now; a maximised window keeps the bounds it had before, so that
     * un-maximising it next time restores them.
     */
    AppPreferences.WindowLayout layout(AppPreferences.WindowLayout before) {
        String view = shown().id();
        double split = imageView.getDividerPositions()[0];
        if (stage.isMaximized()) {
            return new AppPreferences.WindowLayout(before.x(), before.y(), before.width(), before.height(), true, view,
                    split);
        }
        return new AppPreferences.WindowLayout(stage.getX(), stage.getY(), stage.getScene().getWidth(),
                stage.getScene().getHeight(), false, view, split);
    }

    StatusBar status() {
        return status;
    }

    Stage stage() {
        return stage;
    }

    AppActions actions() {
        return actions;
    }

    /** Brings a view to the front. */
    void show(View view) {
        tabs.getSelectionModel().select(tabOf.get(view));
    }

    View shown() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return tabOf.entrySet().stream().filter(e -> e.getValue() == selected).map(Map.Entry::getKey).findFirst()
                .orElse(View.IMAGE);
    }

    /** A view's content, as drawn now. */
    Node content(View view) {
        return tabOf.get(view).getContent();
    }

    ClassOverview classOverview() {
        return (ClassOverview) content(View.OVERVIEW);
    }

    private void addTab(View view, Node content) {
        Tab tab = new Tab(view.title(), content);
        tab.setGraphic(Icons.of(view.icon()));
        tab.setId(view.id());
        tabOf.put(view, tab);
        tabs.getTabs().add(tab);
    }

    ImageViewPane imageView() {
        return imageView;
    }

    ConceptViewPane conceptView() {
        return conceptView;
    }

    MetricsView metricsView() {
        return metricsView;
    }

    void create(WorkspaceCreation.Request request) {
        opener.create(request);
    }

    void open(Path root) {
        opener.open(root);
    }

    void openDemo() {
        opener.openDemo();
    }

    /** Asks for the annotator unless one is given (an option or remembered), or when switching. */
    void chooseAnnotator(boolean ask) {
        signIn.choose(ask);
    }

    /** The note being written is saved for the one signing out, before no one is signed in. */
    void signOut() {
        conceptView.savePendingNote();
        signIn.signOut();
    }

    /** Chooses the explained class as the toolbar would, and shows its images. */
    void chooseClass(int classIndex) {
        moduleBar.select(classIndex);
        showImagesOf(classIndex);
    }

    /** The image list follows the explained class chosen in the toolbar, unless it shows every class. */
    private void followExplainedClass(Integer classIndex) {
        if (classIndex != null && state.session.get() != null && !imageView.browser().showsEveryClass()) {
            showImagesOf(classIndex);
        }
    }

    private void showImagesOf(int classIndex) {
        WorkspaceSession session = state.session.get();
        String name = session.cnnInfo().classNames().get(classIndex);
        session.dataset().classes().stream().filter(c -> c.name().equals(name)).findFirst()
                .ifPresent(c -> imageView.browser().showClass(c));
    }

    /**
     * The concept view on an x-feature, its module chosen as the toolbar would. A module loaded anew
     * opens on its most important x-feature, the one the class overview shows.
     */
    private void openXFeature(int classIndex, ExplanationMethod method, int feature) {
        moduleBar.select(classIndex, method);
        state.xFeature.set(feature);
        show(View.CONCEPT);
    }

    void showImage(BirdImage image) {
        imageView.browser().table().getSelectionModel().select(image);
        imageView.browser().table().scrollTo(image);
        state.image.set(image);
        show(View.IMAGE);
    }

    /** Saves a note still being written, lets every write given finish, then closes the workspace. */
    void shutdown() {
        conceptView.savePendingNote();
        conceptView.stopDrawing();
        classOverview().stopDrawing();
        tasks.shutdown();
        WorkspaceSession session = state.session.get();
        if (session != null) {
            session.close();
        }
    }
}
