package xspace.workspace.sharing;

import java.util.List;

/**
 * {@code manifest.json}: what a bundle is and what it belongs to. Votes only mean something for
 * the network and the explanation modules they were cast on, hence the fingerprints.
 *
 * @param format         always {@link #FORMAT}
 * @param formatVersion  the bundle format; a reader refuses versions above its own
 * @param cnnFingerprint fingerprint of the explained network's parameters
 * @param modules        the explanation modules named or voted on, with fingerprints where known
 * @param created        UTC ISO-8601 time of the export
 */
public record BundleManifest(String format, int formatVersion, String cnnFingerprint, List<Module> modules,
        String created) {

    public static final String FORMAT = "xspace-sharing-bundle";
    /** 2: module ids are module versions ({@code srae-class-012@FINGERPRINT}); 1: one id per method and class. */
    public static final int VERSION = 2;

    public BundleManifest {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }

    /** An explanation module by id; the fingerprint is null when the exporter did not know it. */
    public record Module(String id, String fingerprint) {
    }
}
