package xspace.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import xspace.engine.AtomicFiles;

/**
 * Which network computed the features in a folder, by its fingerprint ({@link Fingerprint}). Z and
 * ŷ belong to one network: a module trained on those of another explains neither, and a resumed
 * extraction would mix the two. Features of earlier releases, which recorded no fingerprint, are
 * taken as the current network's, as modules of those releases are.
 */
public final class FeatureNetwork {

    public static final String FILE = "network-fingerprint.txt";

    private FeatureNetwork() {
    }

    /** The fingerprint recorded with the features, if any. */
    public static Optional<String> recorded(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    .filter(s -> !s.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(xspace.engine.FileErrors.named(file, e));
        }
    }

    /** Whether the features were recorded as computed by a network other than the one with this fingerprint. */
    public static boolean isOther(Path dir, String fingerprint) {
        return fingerprint != null && recorded(dir).filter(r -> !r.equals(fingerprint)).isPresent();
    }

    /** Refuses features computed by another network, saying how to get the right ones. */
    public static void requireSame(Path dir, String fingerprint) {
        if (isOther(dir, fingerprint)) {
            throw new ModelException(dir + ": the features were computed by the network with fingerprint "
                    + recorded(dir).orElseThrow() + ", not by this one (" + fingerprint + "); recompute them with"
                    + " `xspace features`, which starts over for this network");
        }
    }

    /**
     * Records the network that computes the features; written only when it changes, as extractions
     * that find their features complete should leave the folder as it was (a read-only copy, a backup
     * by date).
     */
    static void record(Path dir, String fingerprint) throws IOException {
        if (fingerprint != null && !recorded(dir).equals(Optional.of(fingerprint))) {
            AtomicFiles.writeString(dir.resolve(FILE), fingerprint + "\n");
        }
    }

    static void forget(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILE));
    }
}
