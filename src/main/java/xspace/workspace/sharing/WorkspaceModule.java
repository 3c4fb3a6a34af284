package xspace.workspace.sharing;

/**
 * A module version of the importing workspace, as far as a bundle's rows may refer to it: the rows
 * of an x-feature are taken only when its module version is here (or mapped onto one that is),
 * explains that class and has that many x-features. The caller reads these from the module files,
 * so sharing needs no model code.
 *
 * @param id          the version's id, e.g. {@code srae-class-012@3f2a9c1e7b4d5a60}
 * @param classIndex  the class it explains
 * @param xFeatures   how many x-features it has (its n); features are numbered from 0
 * @param fingerprint its fingerprint, or null when not known
 */
public record WorkspaceModule(String id, int classIndex, int xFeatures, String fingerprint) {
}
