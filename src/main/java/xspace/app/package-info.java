/**
 * The JavaFX desktop application: the main window, its actions and menus, and the module bar; the
 * views live in sub-packages ({@code image}, {@code concept}, {@code metrics}, {@code overview})
 * over what they share ({@code common}), and the user guide is rendered in {@code help}. Together
 * the only packages that import JavaFX; the computation they show lives in
 * {@code xspace.workspace.session}.
 */
package xspace.app;
