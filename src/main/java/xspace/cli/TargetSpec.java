package xspace.cli;

import java.util.Locale;

/**
 * The {@code --target} of {@code xspace heatmaps}: {@code xfeatures:CLASS} (every x-feature of the
 * module of that class), {@code logit:CLASS} or {@code z:UNIT}.
 */
record TargetSpec(Kind kind, int index) {

    enum Kind { XFEATURES, LOGIT, Z }

    static TargetSpec parse(String text) {
        String[] parts = text.trim().split(":", 2);
        if (parts.length == 2) {
            try {
                Kind kind = Kind.valueOf(parts[0].trim().toUpperCase(Locale.ROOT));
                int index = Integer.parseInt(parts[1].trim());
                if (index >= 0) {
                    return new TargetSpec(kind, index);
                }
            } catch (IllegalArgumentException e) {
                // falls through to the explanation below
            }
        }
        throw new IllegalArgumentException("expected --target xfeatures:CLASS, logit:CLASS or z:UNIT (0-based),"
                + " found '" + text + "'");
    }
}
