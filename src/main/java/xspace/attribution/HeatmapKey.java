package xspace.attribution;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What identifies a heatmap: the network (fingerprint), the module (id and fingerprint; "none"
 * for logit and Z targets), the image, the target unit, the heatmap layer and whether it is
 * contrastive. Each part becomes one folder level, so a cache can be cleared per network or
 * module with a file manager.
 *
 * @param image an image id ({@code 12}) or any other stable image name, e.g. a content hash
 */
public record HeatmapKey(String cnnFingerprint, String module, String image, Target target, String layer,
        boolean contrastive) {

    public static final String NO_MODULE = "none";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

    public HeatmapKey {
        for (String part : new String[] {cnnFingerprint, module, image, layer}) {
            if (part == null || !SAFE.matcher(part).matches()) {
                throw new IllegalArgumentException("heatmap key parts must be letters, digits, '.', '_' or '-', found '"
                        + part + "'");
            }
        }
    }

    /** A module's part of the key: its id and fingerprint. */
    public static String moduleKey(String moduleId, String moduleFingerprint) {
        return moduleId + "-" + moduleFingerprint;
    }

    /**
     * The image key of a dataset image, the same for every caller (application, {@code heatmaps},
     * {@code evaluate}), so that a map computed by one is found by the others.
     */
    public static String ofImage(int imageId) {
        return Integer.toString(imageId);
    }

    /** An image key for a file outside the dataset: a hash of its bytes, so a changed file is a new image. */
    public static String ofFile(Path file) throws java.io.IOException {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file));
            return "file-" + java.util.HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The relative path of the .npy file. */
    Path relativePath() {
        return Path.of(cnnFingerprint, module, layer, contrastive ? "cmwp" : "mwp", image, target.key() + ".npy");
    }
}
