package xspace.workspace;

/**
 * The contents of {@code workspace.json}: which dataset, which network (a path inside the
 * workspace) and which of its layers is Z.
 *
 * @param version  format version of this file
 * @param dataset  the CUB-layout dataset folder, absolute or relative to the workspace
 * @param cnn      the network zip, relative to the workspace
 * @param zLayer   the layer explained
 * @param created  ISO-8601 creation time
 */
public record WorkspaceDescriptor(int version, String dataset, String cnn, String zLayer, String created) {

    public static final int VERSION = 1;
}
