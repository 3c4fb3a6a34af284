package xspace.workspace.session;

import java.util.Locale;

/**
 * How a contribution v_i·E_i is written: three decimals with a sign, rounded before the sign and
 * colour are chosen, so that an x-feature that is off (E_i = 0) reads "+0.000" in grey rather than
 * "-0.000" in a colour that claims a direction.
 */
public final class Contribution {

    private Contribution() {
    }

    public static double rounded(double value) {
        return Math.round(value * 1000) / 1000.0 + 0.0;
    }

    public static String text(double value) {
        return String.format(Locale.ROOT, "%+.3f", rounded(value));
    }

    /** The style class: red for the class, blue against, grey for none. */
    public static String styleClass(double value) {
        double r = rounded(value);
        return r > 0 ? "positive" : r < 0 ? "negative" : "zero";
    }
}
