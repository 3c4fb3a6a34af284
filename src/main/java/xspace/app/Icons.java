package xspace.app;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Material Design icons at the sizes the application uses. */
final class Icons {

    private Icons() {
    }

    static FontIcon of(Ikon ikon) {
        return of(ikon, 16);
    }

    static FontIcon of(Ikon ikon, int size) {
        FontIcon icon = FontIcon.of(ikon, size);
        icon.getStyleClass().add("icon");
        return icon;
    }
}
