package xspace.app;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Alt released after a mnemonic (Alt+I to the concept view's filters) ends there. The menu bar
 * takes any Alt release whose press it saw as Alt alone and highlights its first menu, since the
 * mnemonic consumed the key in between; the next ↓ then opened that menu as well as the list the
 * mnemonic had reached. Alt pressed and released alone still reaches the menu bar.
 */
final class AltRelease {

    private AltRelease() {
    }

    static void afterMnemonics(Scene scene) {
        boolean[] otherKey = {false};
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ALT || e.getCode() == KeyCode.ALT_GRAPH) {
                otherKey[0] = false;
            } else if (e.isAltDown()) {
                otherKey[0] = true;
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ALT && otherKey[0]) {
                otherKey[0] = false;
                e.consume();
            }
        });
    }
}
