package xspace.engine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write and read them: {@code 256M}, {@code 1.5 GB}, {@code 512k}, {@code 1048576}.
 * Units are binary (1 MB = 1024 × 1024 bytes), as {@code du -h} and file managers count them.
 */
public final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?");
    private static final String UNITS = "KMGT";

    private ByteSizes() {
    }

    /** The number of bytes; refuses anything else with the text and what was expected. */
    public static long parse(String text) {
        String plain = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SIZE.matcher(plain);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; expected e.g. 256M, 1.5G or 512K");
        }
        double value = Double.parseDouble(m.group(1));
        int power = m.group(2).isEmpty() ? 0 : UNITS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
        double bytes = value * Math.pow(1024, power);
        if (bytes >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("'" + text + "' is too large");
        }
        return Math.round(bytes);
    }

    /** One decimal from KB up: {@code 512 B}, {@code 12.3 KB}, {@code 256.0 MB}. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length() - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %sB", value, UNITS.charAt(unit));
    }
}
