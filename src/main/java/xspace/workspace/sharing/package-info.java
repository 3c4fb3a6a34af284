/**
 * Sharing names and votes between workspaces: the bundle (a zip of a manifest, CSV tables and
 * the annotators), written from one workspace's database and merged into another's.
 */
package xspace.workspace.sharing;
