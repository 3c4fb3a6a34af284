package xspace.data.synth;

import java.util.Locale;

/** How images are stored: JPEG like CUB, or lossless PNG. */
public enum ImageFormat {
    JPG("jpg"),
    PNG("png");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Parses {@code jpg}, {@code jpeg} or {@code png}, in any case. */
    public static ImageFormat parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "jpg", "jpeg" -> JPG;
            case "png" -> PNG;
            default -> throw new IllegalArgumentException("image format must be jpg or png, not '" + text + "'");
        };
    }
}
