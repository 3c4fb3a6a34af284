package xspace.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The desktop application. */
public final class XSpaceApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(XSpaceApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("XSpace: open a workspace to explain a classifier."));
        stage.setTitle("XSpace");
        stage.setScene(new Scene(root, 1100, 750));
        stage.show();
    }
}
